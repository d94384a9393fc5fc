/// Bounds of a month range in the three time-column formats, for `time >= lower AND time < upper` filters.
///
/// The lower bound is the first instant (00:00:00 UTC) of `range.first`, the upper bound the first
/// instant of the month after `range.last`. For example, for October 2026:
///
/// ```swift
/// let october = MonthRange(Month(year: 2026, month: 10))
/// TimeBounds.iso(october)      // ("2026-10-01", "2026-11-01")
/// TimeBounds.unix(october)     // (1790812800, 1793491200)
/// TimeBounds.julian(october)   // (2461314.5, 2461345.5)
/// ```
public enum TimeBounds {
    /// `YYYY-MM-DD` dates; by string comparison these also bound `YYYY-MM-DD HH:MM:SS` and
    /// `YYYY-MM-DDTHH:MM:SSZ` text (years 0000 to 9999).
    public static func iso(_ range: MonthRange) -> (lower: String, upper: String) {
        ("\(range.first)-01", "\(upperMonth(range))-01")
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public static func unix(_ range: MonthRange) -> (lower: Int64, upper: Int64) {
        (seconds(range.first), seconds(upperMonth(range)))
    }

    /// SQLite `julianday()` values of the same instants: unix seconds / 86400 + 2440587.5 (exact in a `Double`).
    public static func julian(_ range: MonthRange) -> (lower: Double, upper: Double) {
        (julianDay(range.first), julianDay(upperMonth(range)))
    }

    /// Julian Day of 1970-01-01T00:00:00Z.
    static let unixEpochJulianDay = 2_440_587.5

    private static func upperMonth(_ range: MonthRange) -> Month {
        range.last.advanced(by: 1)
    }

    private static func seconds(_ month: Month) -> Int64 {
        Int64(month.firstDayNumber) * 86_400
    }

    private static func julianDay(_ month: Month) -> Double {
        Double(month.firstDayNumber) + unixEpochJulianDay
    }
}
