/// Day numbers (days since 1970-01-01, UTC) and the text formats the demo schema uses.
///
/// ```swift
/// CivilDate.date(CivilDate.dayNumber(year: 2025, month: 3, day: 9))   // "2025-03-09"
/// CivilDate.timestamp(seconds: 1_741_478_400)                          // "2025-03-09 00:00:00"
/// ```
enum CivilDate {
    /// Seconds in a day.
    static let secondsPerDay = 86_400

    /// The day number of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDiv(400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The (year, month, day) of a day number.
    static func components(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = z.floorDiv(146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

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
