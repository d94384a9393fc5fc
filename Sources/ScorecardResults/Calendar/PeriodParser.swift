import Foundation

/// Parses `--period` values into reporting periods.
///
/// Accepted forms (surrounding spaces are ignored; `FY`, `Q` and the words in any letter case):
/// - `2026-10`: that month;
/// - `2026-Q4`: that calendar quarter (October to December 2026);
/// - `FY2026`: the fiscal year that ends in 2026 (2025-04..2026-03 with `fiscal_year_start april`);
/// - `2026`: the same as `FY2026`; with a January fiscal year start this is the calendar year 2026,
///   otherwise it is the fiscal year ending in 2026, never the calendar year;
/// - `last-month`, `last-quarter`, `last-year`: the last complete month, calendar quarter or
///   fiscal year before the UTC day of `today`.
///
/// ```swift
/// let today = Date(timeIntervalSince1970: 1_775_001_600)             // 2026-04-01T00:00:00Z
/// try PeriodParser.parse("last-quarter", fiscalYearStart: 1, today: today).label   // "2026-Q1"
/// try PeriodParser.parse("2026", fiscalYearStart: 4, today: today).range           // 2025-04..2026-03
/// ```
public enum PeriodParser {
    /// Parses `text`; throws `PeriodError` naming the problem and listing the accepted forms.
    public static func parse(_ text: String, fiscalYearStart: Int, today: Date) throws -> ReportingPeriod {
        guard (1...12).contains(fiscalYearStart) else {
            throw PeriodError(input: text, reason: "fiscal year start must be a month 1 to 12, got \(fiscalYearStart)")
        }
        let fiscal = FiscalCalendar(startMonth: fiscalYearStart)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let relative = relativePeriod(trimmed.lowercased(), fiscal: fiscal, today: Month.containing(today)) {
            return relative
        }
        return try absolutePeriod(Array(trimmed.uppercased().utf8), input: text, fiscal: fiscal)
    }

    /// `last-month`, `last-quarter` or `last-year` relative to the month containing today, else nil.
    private static func relativePeriod(_ word: String, fiscal: FiscalCalendar, today: Month) -> ReportingPeriod? {
        switch word {
        case "last-month":
            return .month(today.advanced(by: -1))
        case "last-quarter":
            let quarterStart = today.firstMonthOfQuarter.advanced(by: -3)
            return .quarter(year: quarterStart.year, quarter: quarterStart.quarter)
        case "last-year":
            let previousYear = fiscal.fiscalYear(containing: today).shifted(byMonths: -12)
            return ReportingPeriod(grain: .year, range: previousYear)
        default:
            return nil
        }
    }

    /// `YYYY-MM`, `YYYY-QN`, `FYYYYY` or `YYYY` (upper-cased ASCII bytes).
    private static func absolutePeriod(_ bytes: [UInt8], input: String, fiscal: FiscalCalendar) throws
        -> ReportingPeriod
    {
        let fail = { (reason: String) in PeriodError(input: input, reason: reason) }
        if bytes.isEmpty { throw fail("the period is empty") }
        if bytes.count == 6, bytes.starts(with: Array("FY".utf8)), let year = decimal(bytes[2...]) {
            return .fiscalYear(endingIn: year, fiscal: fiscal)
        }
        if bytes.count == 4, let year = decimal(bytes[...]) {
            return .fiscalYear(endingIn: year, fiscal: fiscal)
        }
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = decimal(bytes[0..<4]) else {
            throw fail(
                bytes.starts(with: Array("FY".utf8)) ? "a fiscal year is FY and four digits" : "not a recognised period"
            )
        }
        return try monthOrQuarter(year: year, suffix: bytes[5...], fail: fail)
    }

    /// The part after `YYYY-`: `MM` (01 to 12) or `QN` (Q1 to Q4).
    private static func monthOrQuarter(year: Int, suffix: ArraySlice<UInt8>, fail: (String) -> PeriodError) throws
        -> ReportingPeriod
    {
        let text = String(decoding: suffix, as: UTF8.self)
        if suffix.first == UInt8(ascii: "Q") {
            guard let quarter = decimal(suffix.dropFirst()), (1...4).contains(quarter) else {
                throw fail("quarter \(text) is not Q1 to Q4")
            }
            return .quarter(year: year, quarter: quarter)
        }
        guard let month = decimal(suffix), (1...12).contains(month) else {
            throw fail("month \(text) is not 01 to 12")
        }
        return .month(Month(year: year, month: month))
    }

    /// The value of a non-empty run of ASCII digits, else nil.
    private static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
