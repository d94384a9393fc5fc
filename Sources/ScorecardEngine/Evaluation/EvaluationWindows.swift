import ScorecardSQL

/// The distinct month ranges a scorecard needs, numbered for the queries.
///
/// Every comparison window of the period, plus the same windows a year earlier when a KPI uses
/// `growth(…)`.
struct EvaluationWindows {
    let comparisons: Comparisons
    private(set) var ranges: [MonthRange] = []
    private var ids: [MonthRange: Int] = [:]

    init(comparisons: Comparisons, includeLastYear: Bool) {
        self.comparisons = comparisons
        let base = comparisons.allRanges
        for range in base + (includeLastYear ? base.map { $0.shifted(byMonths: -12) } : []) { add(range) }
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
        return QueryWindow(id: id, firstDay: firstDay(range.first), endDay: firstDay(range.last.advanced(by: 1)),
                           previousFirstDay: firstDay(previous.first), previousEndDay: firstDay(range.first))
    }

    static func firstDay(_ month: Month) -> Int { CivilDays.days(year: month.year, month: month.month, day: 1) }
}
