import ScorecardModel

/// Day numbers (days since 1970-01-01, UTC, through `CivilDays`) and the text formats the demo schema uses.
///
/// ```swift
/// CivilDate.date(CivilDate.dayNumber(year: 2025, month: 3, day: 9))   // "2025-03-09"
/// CivilDate.timestamp(seconds: 1_741_478_400)                          // "2025-03-09 00:00:00"
/// ```
enum CivilDate {
    /// Seconds in a day.
    static let secondsPerDay = 86_400

    /// The day number of a proleptic Gregorian date (`CivilDays`, the one conversion).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int { CivilDays.days(year: year, month: month, day: day) }

    /// The (year, month, day) of a day number.
    static func components(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) { CivilDays.civil(days: dayNumber) }

    /// `YYYY-MM-DD` for a day number.
    static func date(_ dayNumber: Int) -> String {
        let (year, month, day) = components(dayNumber)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `YYYY-MM-DD HH:MM:SS` for unix seconds (UTC).
    static func timestamp(seconds: Int) -> String {
        let day = seconds.floorDiv(secondsPerDay)
        let time = seconds - day * secondsPerDay
        return date(day) + " " + pad(time / 3600, 2) + ":" + pad(time / 60 % 60, 2) + ":" + pad(time % 60, 2)
    }

    /// The month containing a day number.
    static func month(of dayNumber: Int) -> DemoMonth {
        let (year, month, _) = components(dayNumber)
        return DemoMonth(year: year, month: month)
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
