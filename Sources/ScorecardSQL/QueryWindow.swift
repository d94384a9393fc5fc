import ScorecardModel

/// A time window a query aggregates over, as days since 1970-01-01 (UTC), end exclusive.
///
/// `previousFirstDay..<previousEndDay` is the window of the same length just before it, used by
/// retention and churn.
public struct QueryWindow: Sendable, Hashable {
    /// The number queries put in their rows' `window id` column to say which window a row is for.
    public let id: Int
    /// The window's first day (included), as days since 1970-01-01.
    public let firstDay: Int
    /// The day after the window's last one (excluded), as days since 1970-01-01.
    public let endDay: Int
    /// The first day (included) of the same-length window just before this one.
    public let previousFirstDay: Int
    /// The end (excluded) of the same-length window just before this one.
    public let previousEndDay: Int

    /// A window and the one before it, every day counted from 1970-01-01 and every end excluded.
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

    /// A day's key, the integer YYYYMMDD (``SQLExpression/dayKey(_:)``): keys order as the days do.
    public static func key(_ day: Int) -> Int {
        let (year, month, dayOfMonth) = CivilDays.civil(days: day)
        return year * 10_000 + month * 100 + dayOfMonth
    }

    /// The day number of a day key; nil when the key is no day of the years 1000 to 9999
    /// (`20260230`, or `2024101` from text that was not `YYYY-MM-DD`).
    public static func day(key: Int) -> Int? {
        guard (10_000_101...99_991_231).contains(key) else { return nil }
        return CivilDays.days(ofValidYear: key / 10_000, month: key / 100 % 100, day: key % 100)
    }

    /// A day key as `YYYY-MM-DD`, for messages about a key that is no day (`2026-02-30`).
    public static func isoText(key: Int) -> String {
        guard (10_000_101...99_991_231).contains(key) else { return String(key) }
        return pad(key / 10_000, 4) + "-" + pad(key / 100 % 100, 2) + "-" + pad(key % 100, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
