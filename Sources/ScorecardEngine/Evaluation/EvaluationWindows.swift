import ScorecardModel
import ScorecardSQL

/// The distinct month ranges a scorecard needs, numbered for the queries.
///
/// Every comparison window of the period and each trend month a year earlier (the IBCS columns'
/// last-year bars), plus all of those again one year earlier for every year a KPI reads back
/// through `growth(…)` (see `MetricsModel.yearsBack`): a growth KPI's last-year trend point
/// compares a year ago with two years ago.
struct EvaluationWindows {
    let comparisons: Comparisons
    private(set) var ranges: [MonthRange] = []
    private var ids: [MonthRange: Int] = [:]

    init(comparisons: Comparisons, yearsBack: Int) {
        self.comparisons = comparisons
        let trendLastYear = comparisons.trend.map { MonthRange($0).shifted(byMonths: -12) }
        let shown = comparisons.allRanges + trendLastYear
        for years in 0...max(0, yearsBack) {
            for range in shown { add(range.shifted(byMonths: -12 * years)) }
        }
    }

    /// The windows the KPIs need: the most years any of them reads back.
    init(comparisons: Comparisons, kpis: [KPI], model: MetricsModel) {
        let years = model.yearsBack
        self.init(comparisons: comparisons, yearsBack: kpis.map { years[$0.id] ?? 0 }.max() ?? 0)
    }

    private mutating func add(_ range: MonthRange) {
        guard ids[range] == nil else { return }
        ids[range] = ranges.count
        ranges.append(range)
    }

    /// The query id of a range, if it is one of the windows.
    func id(of range: MonthRange) -> Int? { ids[range] }

    /// The windows in the planner's form: epoch days, with the same-length window before each.
    var queryWindows: [QueryWindow] { ranges.enumerated().map { Self.queryWindow(id: $0, range: $1) } }

    /// A month range as a query window, with the same-length window just before it.
    static func queryWindow(id: Int, range: MonthRange) -> QueryWindow {
        let previous = range.shifted(byMonths: -range.count)
        return QueryWindow(
            id: id, firstDay: firstDay(range.first), endDay: firstDay(range.last.advanced(by: 1)),
            previousFirstDay: firstDay(previous.first), previousEndDay: firstDay(range.first))
    }

    static func firstDay(_ month: Month) -> Int { CivilDays.days(year: month.year, month: month.month, day: 1) }
}
