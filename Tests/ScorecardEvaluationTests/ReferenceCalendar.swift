import Foundation

/// Months as ordinals (year × 12 + month − 1) and windows of consecutive months, computed with
/// Foundation's Gregorian calendar in UTC, independently of the engine's calendar code.
enum ReferenceCalendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func ordinal(year: Int, month: Int) -> Int { year * 12 + month - 1 }

    /// The month of an ISO text time (`YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`).
    static func month(iso text: String?) -> Int? {
        guard let text, text.count >= 7 else { return nil }
        let chars = Array(text)
        guard let year = Int(String(chars[0..<4])), let month = Int(String(chars[5..<7])), chars[4] == "-" else {
            return nil
        }
        return ordinal(year: year, month: month)
    }

    /// The month of an instant given as unix seconds (UTC).
    static func month(unix seconds: Double?) -> Int? {
        guard let seconds else { return nil }
        let parts = utc.dateComponents([.year, .month], from: Date(timeIntervalSince1970: seconds))
        return ordinal(year: parts.year!, month: parts.month!)
    }

    /// The month of an instant given as a Julian day (SQLite `julianday`).
    static func month(julian day: Double?) -> Int? {
        day.flatMap { month(unix: ($0 - 2_440_587.5) * 86_400) }
    }

    /// Unix seconds of a UTC civil time.
    static func unix(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
        -> Int
    {
        let date = utc.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
        return Int(date.timeIntervalSince1970)
    }

    /// `YYYY-MM` of an ordinal.
    static func label(_ ordinal: Int) -> String {
        let year = ordinal / 12
        let month = ordinal % 12 + 1
        return String(format: "%04d-%02d", year, month)
    }
}

/// Consecutive months `first ..< first + count` (ordinals).
struct Window: Hashable, Sendable, CustomStringConvertible {
    let first: Int
    let count: Int

    init(_ first: Int, count: Int = 1) {
        self.first = first
        self.count = count
    }

    init(year: Int, month: Int, count: Int = 1) {
        self.init(ReferenceCalendar.ordinal(year: year, month: month), count: count)
    }

    var last: Int { first + count - 1 }

    func contains(_ month: Int?) -> Bool { month.map { $0 >= first && $0 <= last } ?? false }

    func shifted(_ months: Int) -> Window { Window(first + months, count: count) }

    /// The window of the same length just before (retention's comparison window).
    var before: Window { shifted(-count) }

    var description: String {
        count == 1
            ? ReferenceCalendar.label(first) : "\(ReferenceCalendar.label(first))..\(ReferenceCalendar.label(last))"
    }
}

/// The comparison windows a scorecard shows, derived from the period by hand.
struct ExpectedWindows {
    let current: Window
    let previous: Window
    let lastYear: Window
    let yearToDate: Window
    let trailingTwelveMonths: Window
    let trend: [Window]

    /// - Parameter fiscalStart: the month (1-12) the fiscal year starts in.
    init(period: Window, fiscalStart: Int) {
        current = period
        previous = period.shifted(-period.count)
        lastYear = period.shifted(-12)
        let end = period.last
        let monthOfYear = end % 12 + 1
        let back = (monthOfYear - fiscalStart + 12) % 12
        yearToDate = Window(end - back, count: back + 1)
        trailingTwelveMonths = Window(end - 11, count: 12)
        trend = (0...12).map { Window(end - 12 + $0) }
    }
}
