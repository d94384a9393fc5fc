import ScorecardEngine

/// The values a scorecard publishes, one per KPI and window: the period, the previous period, the
/// same period last year, the year to date and its last-year twin, the trailing twelve months and
/// every trend month with its month a year earlier. A window reached twice is listed once; a
/// window without a value is not listed.
///
/// ```swift
/// PublishedWindows(values: values, comparisons: comparisons).values
/// // [("net_revenue", "2026-10", 998171.0), ("net_revenue", "2026-09", …), ("net_revenue", "2026-04..2026-10", …), …]
/// ```
struct PublishedWindows {
    let values: [LedgerEntry.Value]

    init(values scorecard: ScorecardValues, comparisons: Comparisons) {
        var result: [LedgerEntry.Value] = []
        for kpi in scorecard.kpis {
            var seen = Set<String>()
            func add(_ range: MonthRange, _ value: Double?) {
                let window = Self.label(range)
                guard value != nil else { return }
                if seen.insert(window).inserted {
                    result.append(.init(kpi: kpi.id, unit: kpi.unit, window: window, value: value))
                }
            }
            add(comparisons.current, kpi.value)
            add(comparisons.previous, kpi.previous)
            add(comparisons.lastYear, kpi.lastYear)
            add(comparisons.yearToDate, kpi.ytd)
            add(comparisons.yearToDateLastYear, kpi.ytdLastYear)
            add(comparisons.trailingTwelveMonths, kpi.ttm)
            for point in kpi.trend {
                guard let month = Month(parsing: point.period) else { continue }
                add(MonthRange(month), point.value)
                add(MonthRange(month.advanced(by: -12)), point.lastYear)
            }
        }
        values = result
    }

    /// `2026-09` for one month, `2026-04..2026-09` for more.
    static func label(_ range: MonthRange) -> String {
        range.first == range.last ? range.first.description : "\(range.first)..\(range.last)"
    }
}
