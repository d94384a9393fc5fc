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
    /// How many of ``ranges`` a KPI reading `n` years back needs (index `n`): they come first.
    private var counts: [Int] = []

    init(comparisons: Comparisons, yearsBack: Int) {
        self.comparisons = comparisons
        let trendLastYear = comparisons.trend.map { MonthRange($0).shifted(byMonths: -12) }
        let shown = comparisons.allRanges + trendLastYear
        for years in 0...max(0, yearsBack) {
            for range in shown { add(range.shifted(byMonths: -12 * years)) }
            counts.append(ranges.count)
        }
    }

    /// The windows the KPIs need: the most years any of them reads back.
    init(comparisons: Comparisons, kpis: [KPI], model: MetricsModel) {
        let years = model.yearsBack
        self.init(comparisons: comparisons, yearsBack: kpis.map { years[$0.id] ?? 0 }.max() ?? 0)
    }

    /// How many windows (the first ones) a KPI reading `yearsBack` years back needs.
    func count(yearsBack: Int) -> Int { counts[min(max(0, yearsBack), counts.count - 1)] }

    /// How many windows (the first ones) each measure the KPIs use needs: those of the KPI using
    /// it that reads the most years back. A source's rows before its measures' first window are
    /// not read (revenue growth's year further back is read for net revenue's source only).
    static func counts(of kpis: [KPI], in model: MetricsModel, windows: EvaluationWindows) -> [String: Int] {
        let years = model.yearsBack
        var counts: [String: Int] = [:]
        for kpi in kpis {
            let count = windows.count(yearsBack: years[kpi.id] ?? 0)
            for measure in model.measures(of: kpi) { counts[measure] = max(counts[measure] ?? 0, count) }
        }
        return counts
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
