/// Every window a KPI is compared over, derived from the reporting period and the fiscal calendar.
///
/// Ratios over these windows are recomputed from their parts per window, never averaged.
/// For example, for the month 2026-05 with `fiscal_year_start april`:
///
/// ```swift
/// let c = Comparisons(period: .month(Month(year: 2026, month: 5)), fiscal: FiscalCalendar(startMonth: 4))
/// c.previous               // 2026-04..2026-04
/// c.lastYear               // 2025-05..2025-05
/// c.yearToDate             // 2026-04..2026-05
/// c.yearToDateLastYear     // 2025-04..2025-05
/// c.trailingTwelveMonths   // 2025-06..2026-05
/// c.trend                  // [2025-05, 2025-06, ..., 2026-05] (13 months)
/// c.span                   // 2025-04..2026-05
/// ```
public struct Comparisons: Sendable, Hashable {
    /// The reporting period's months.
    public let current: MonthRange
    /// The period of the same grain just before.
    public let previous: MonthRange
    /// The same period a year earlier.
    public let lastYear: MonthRange
    /// The fiscal year to date through `current.last`.
    public let yearToDate: MonthRange
    /// The same span as `yearToDate`, one year earlier.
    public let yearToDateLastYear: MonthRange
    /// The twelve months ending at `current.last`.
    public let trailingTwelveMonths: MonthRange
    /// The thirteen months ending at `current.last`, oldest first (the same month last year included).
    public let trend: [Month]

    /// Derives every comparison window of `period` under `fiscal`.
    public init(period: ReportingPeriod, fiscal: FiscalCalendar) {
        let end = period.range.last
        current = period.range
        previous = period.previous.range
        lastYear = period.sameLastYear.range
        yearToDate = fiscal.yearToDate(through: end)
        yearToDateLastYear = yearToDate.shifted(byMonths: -12)
        trailingTwelveMonths = MonthRange(first: end.advanced(by: -11), last: end)
        trend = MonthRange(first: end.advanced(by: -12), last: end).months
    }

    /// The distinct ranges to query, in a stable order.
    ///
    /// Current, previous, last year, YTD, YTD last year, TTM, then each trend month as a one-month
    /// range, oldest first. A range equal to an earlier one is listed once, at its first place.
    public var allRanges: [MonthRange] {
        let candidates =
            [current, previous, lastYear, yearToDate, yearToDateLastYear, trailingTwelveMonths]
            + trend.map { MonthRange($0) }
        var seen = Set<MonthRange>()
        return candidates.filter { seen.insert($0).inserted }
    }

    /// The smallest range covering every comparison window.
    public var span: MonthRange {
        allRanges.reduce(current) { span, range in
            MonthRange(first: min(span.first, range.first), last: max(span.last, range.last))
        }
    }
}
