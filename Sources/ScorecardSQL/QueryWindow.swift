/// A time window a query aggregates over, as days since 1970-01-01 (UTC), end exclusive.
///
/// `previousFirstDay..<previousEndDay` is the window of the same length just before it, used by
/// retention and churn.
public struct QueryWindow: Sendable, Hashable {
    public let id: Int
    public let firstDay: Int
    public let endDay: Int
    public let previousFirstDay: Int
    public let previousEndDay: Int

    public init(id: Int, firstDay: Int, endDay: Int, previousFirstDay: Int, previousEndDay: Int) {
        self.id = id
        self.firstDay = firstDay
        self.endDay = endDay
        self.previousFirstDay = previousFirstDay
        self.previousEndDay = previousEndDay
    }
}

/// Converts epoch days into bound values in each time-column format.
public enum EpochDay {
    /// The instant starting a day, as stored in a column of the given format.
    static func value(_ day: Int, format: SQLTimeFormat) -> SQLValue {
        switch format {
        case .iso: .text(isoDate(day))
        case .unix: .integer(Int64(day) * 86_400)
        case .julian: .real(Double(day) + 2_440_587.5)
        }
    }

    /// `YYYY-MM-DD` for a day number (Howard Hinnant's civil_from_days).
    public static func isoDate(_ day: Int) -> String {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(dayOfMonth, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
