/// A month (`2026-04`) or calendar date (`2026-04-30`) written in a metrics file.
public struct PeriodLiteral: Sendable, Equatable, Hashable, Comparable {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, or nil for a month literal.
    public let day: Int?

    /// Parses `YYYY-MM` or `YYYY-MM-DD`; nil when the month or day does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.year = year
        self.month = month
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]),
                (1...PeriodLiteral.daysInMonth(year: year, month: month)).contains(day)
            else { return nil }
            self.day = day
        } else {
            self.day = nil
        }
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Chronological order; a month sorts before the dates in it.
    public static func < (lhs: PeriodLiteral, rhs: PeriodLiteral) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }
}
