import Foundation

/// Periods, months and times as people say them in the scorecard's locale.
///
/// ```swift
/// let en = ValueFormatter(currency: "EUR", locale: "en_GB")
/// en.period(grain: "month", start: "2026-10", end: "2026-10")     // "October 2026"
/// en.period(grain: "quarter", start: "2026-10", end: "2026-12")   // "Q4 2026"
/// en.period(grain: "year", start: "2026-04", end: "2027-03")      // "FY2026/27"
/// ValueFormatter(currency: "EUR", locale: "de_DE").period(grain: "month", start: "2026-10", end: "2026-10") // "Oktober 2026"
/// ```
extension ValueFormatter {
    /// The period's name as reports print it.
    ///
    /// The month and year, the quarter and year, the calendar year, or for a fiscal year that
    /// starts after January "FY" with both calendar years it spans.
    public func period(grain: String, start: String, end: String) -> String {
        guard let first = Month(parsing: start), let last = Month(parsing: end) else {
            return start == end ? start : "\(start) to \(end)"
        }
        let style = Date.FormatStyle(
            date: .omitted, time: .omitted, locale: locale, calendar: Self.calendar, timeZone: Self.utc)
        switch grain {
        case "month": return Self.date(first).formatted(style.month(.wide).year())
        case "quarter": return Self.date(first).formatted(style.quarter(.abbreviated).year())
        default:
            if first.month == 1 && last.year == first.year { return String(first.year) }
            if first.year == last.year { return "FY\(first.year)" }
            return "FY\(first.year)/" + String(String(last.year).suffix(2))
        }
    }

    /// The period of `values` as people say it, e.g. "October 2026".
    public func period(of values: ScorecardValues) -> String {
        period(grain: values.grain, start: values.periodStart, end: values.periodEnd)
    }

    /// A month and year, e.g. "October 2026", for a `YYYY-MM` text (returned unchanged when it is not one).
    public func month(_ text: String) -> String {
        period(grain: "month", start: text, end: text)
    }

    /// A month's short stand-alone name for chart axes, e.g. "Oct", "Okt", "oct.".
    public func monthAbbreviation(_ text: String) -> String {
        guard let month = Month(parsing: text) else { return text }
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Self.calendar
        formatter.timeZone = Self.utc
        formatter.dateFormat = "LLL"
        return formatter.string(from: Self.date(month))
    }

    /// A date and time in UTC, e.g. "31 May 2026 at 23:59 UTC" (en_GB) or "31. Mai 2026, 23:59 UTC" (de_DE).
    public func dateTime(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .abbreviated, time: .shortened, locale: locale, calendar: Self.calendar, timeZone: Self.utc)
        )
        .replacingOccurrences(of: "\u{202F}", with: " ") + " UTC"
    }

    /// A day, e.g. "31 May 2026" (en_GB), "May 31, 2026" (en_US), "31. Mai 2026" (de_DE).
    public func day(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: Self.calendar, timeZone: Self.utc))
    }

    private static let utc = TimeZone.gmt

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar
    }

    /// Midday UTC of the month's first day.
    private static func date(_ month: Month) -> Date {
        Date(timeIntervalSince1970: Double(month.firstDayNumber) * 86_400 + 43_200)
    }
}
