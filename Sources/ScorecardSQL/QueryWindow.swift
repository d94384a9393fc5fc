import ScorecardModel

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

    /// `YYYY-MM-DD` for a day number (`CivilDays`, the code base's one day-number conversion).
    public static func isoDate(_ day: Int) -> String {
        let (year, month, dayOfMonth) = CivilDays.civil(days: day)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(dayOfMonth, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
