/// The period a scorecard reports on: a month, a calendar quarter or a fiscal year, with its label.
///
/// The label follows from the grain and the months: `2026-10` for a month, `2026-Q4` for a
/// calendar quarter, and for a year `FY2026` (the fiscal year that ends in 2026) or, when the year
/// starts in January, plain `2026`. For example:
///
/// ```swift
/// let q1 = ReportingPeriod.quarter(year: 2026, quarter: 1)
/// q1.label                    // "2026-Q1"
/// q1.previous.label           // "2025-Q4"
/// q1.sameLastYear.label       // "2025-Q1"
/// ReportingPeriod.fiscalYear(endingIn: 2026, fiscal: FiscalCalendar(startMonth: 4)).range   // 2025-04..2026-03
/// ```
public struct ReportingPeriod: Hashable, Sendable, CustomStringConvertible {
    /// Whether the period is a month, a quarter or a year.
    public let grain: Grain
    /// The months the period covers.
    public let range: MonthRange
    /// The period's name in reports, e.g. `2026-10`, `2026-Q4`, `FY2026` or `2026`.
    public let label: String

    /// Creates a period; `range` must have the grain's length, and a quarter must be a calendar quarter.
    public init(grain: Grain, range: MonthRange) {
        precondition(range.count == grain.months, "a \(grain.rawValue) period has \(grain.months) months, got \(range)")
        precondition(
            grain != .quarter || range.first == range.first.firstMonthOfQuarter,
            "a quarter period must be a calendar quarter, got \(range)")
        self.grain = grain
        self.range = range
        self.label = Self.label(grain: grain, range: range)
    }

    /// The period of one month, labelled like `2026-10`.
    public static func month(_ month: Month) -> ReportingPeriod {
        ReportingPeriod(grain: .month, range: MonthRange(month))
    }

    /// The calendar quarter `quarter` (1...4) of `year`, labelled like `2026-Q4`.
    public static func quarter(year: Int, quarter: Int) -> ReportingPeriod {
        precondition((1...4).contains(quarter), "quarter must be 1...4, got \(quarter)")
        let first = Month(year: year, month: (quarter - 1) * 3 + 1)
        return ReportingPeriod(grain: .quarter, range: MonthRange(first: first, last: first.advanced(by: 2)))
    }

    /// The fiscal year ending in calendar year `year`, labelled `FY2026` (or `2026` when it starts in January).
    public static func fiscalYear(endingIn year: Int, fiscal: FiscalCalendar) -> ReportingPeriod {
        ReportingPeriod(grain: .year, range: fiscal.fiscalYear(endingIn: year))
    }

    /// The period of the same grain just before this one (for a year, the year before).
    public var previous: ReportingPeriod { shifted(byMonths: -grain.months) }

    /// The same period a year earlier: shifted back 12 months, same grain and label style.
    public var sameLastYear: ReportingPeriod { shifted(byMonths: -12) }

    /// The label.
    public var description: String { label }

    private func shifted(byMonths n: Int) -> ReportingPeriod {
        ReportingPeriod(grain: grain, range: range.shifted(byMonths: n))
    }

    private static func label(grain: Grain, range: MonthRange) -> String {
        switch grain {
        case .month:
            return range.first.description
        case .quarter:
            return "\(range.first.description.dropLast(3))-Q\(range.first.quarter)"
        case .year:
            let endYear = range.last.description.dropLast(3)
            return range.first.month == 1 ? String(endYear) : "FY\(endYear)"
        }
    }
}
