import ScorecardSQL

/// Measure values per window, as read from the query results.
struct MeasureTable {
    /// A measure's value in one window.
    enum Cell: Equatable {
        case value(Double)
        /// The source had rows in the window but none matched (or the aggregate was null).
        case empty
        /// The value could not be computed, for the reason given (e.g. a model that cannot be fitted).
        case failed(String)
    }

    private var cells: [String: [Int: Cell]] = [:]

    mutating func set(_ cell: Cell, measure: String, window: Int) { cells[measure, default: [:]][window] = cell }

    /// The cell, or nil when the source had no rows at all in the window.
    func cell(_ measure: String, window: Int) -> Cell? { cells[measure]?[window] }

    /// Adds the window values of a distinct count.
    mutating func fill(from distinct: DistinctValues, measure: String, windows: EvaluationWindows) {
        for (id, range) in windows.ranges.enumerated() {
            if let cell = distinct.cell(months: range.months.map(\.description)) { set(cell, measure: measure, window: id) }
        }
    }

    /// Adds the window values of customer-based measures.
    mutating func fill(from activity: CustomerActivity, measures: [(name: String, kind: CustomerMeasureKind)], windows: EvaluationWindows) {
        for measure in measures {
            for (id, range) in windows.ranges.enumerated() {
                if let cell = activity.cell(measure.kind, range: range) { set(cell, measure: measure.name, window: id) }
            }
        }
    }

    /// Adds the window values of month-decomposed measures.
    mutating func fill(from monthly: MonthlyTable, plan: [MonthlyQuery], windows: EvaluationWindows) {
        for measure in plan.flatMap(\.measures) {
            for (id, range) in windows.ranges.enumerated() {
                if let cell = monthly.cell(measure.name, months: range.months.map(\.description)) {
                    set(cell, measure: measure.name, window: id)
                }
            }
        }
    }
}

/// Breakdown values of the reporting period: measure → group key → value and group size.
struct BreakdownTable {
    struct Group {
        var value: Double?
        var size: Int
    }

    private(set) var groups: [String: [String: Group]] = [:]

    mutating func set(_ group: Group, measure: String, key: String) { groups[measure, default: [:]][key] = group }

    /// Adds another table's measures.
    mutating func merge(_ other: BreakdownTable) {
        for (measure, byKey) in other.groups { groups[measure, default: [:]].merge(byKey) { _, new in new } }
    }
}
