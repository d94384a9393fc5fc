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

    /// Adds another table's cells (its measures are not in this one).
    mutating func merge(_ other: MeasureTable) {
        cells.merge(other.cells) { mine, theirs in mine.merging(theirs) { _, new in new } }
    }

    /// Adds the window values of a source's measures from what its aggregate queries gave, in
    /// the windows the queries cover (``SourceAggregateQueries/windowCount``): no later window
    /// gets a figure from rows its span left out.
    mutating func fill(from aggregates: SourceAggregates, windows: EvaluationWindows) {
        let queries = aggregates.queries
        guard let months = aggregates.months else { return }
        let monthly = MonthlyTable(components: months.components)
        for (id, range) in windows.ranges.enumerated().prefix(queries.windowCount) {
            let window = range.first.index...range.last.index
            let hasRows = months.hasRows(in: window)
            for measure in queries.measures {
                if let cell = monthly.cell(measure, months: window) { set(cell, measure: measure.name, window: id) }
            }
            for (tally, query) in zip(aggregates.keys, queries.keys) {
                if hasRows {
                    let count = Double(tally.distinctCount(window: id))
                    for name in query.distinct { set(.value(count), measure: name, window: id) }
                }
                for measure in query.customer {
                    if let cell = tally.cell(measure.kind, window: id) { set(cell, measure: measure.name, window: id) }
                }
            }
            for (ranks, query) in zip(aggregates.values, queries.values) where hasRows && id < query.windowCount {
                set(ranks.percentile(window: id).map(Cell.value) ?? .empty, measure: query.measure, window: id)
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

    /// The table with only the named measures.
    func only(_ measures: [String]) -> BreakdownTable {
        var table = BreakdownTable()
        for measure in measures { table.groups[measure] = groups[measure] }
        return table
    }

    /// Adds another table's measures.
    mutating func merge(_ other: BreakdownTable) {
        for (measure, byKey) in other.groups { groups[measure, default: [:]].merge(byKey) { _, new in new } }
    }
}
