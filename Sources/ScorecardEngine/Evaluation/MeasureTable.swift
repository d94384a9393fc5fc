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

    /// Adds the window values of the measures read from a source's rows.
    mutating func fill(from rows: SourceRows, query: SourceRowsQuery, windows: EvaluationWindows) {
        let monthly = MonthlyTable(components: rows.components.rows(width: query.select.columns.count))
        for (id, range) in windows.ranges.enumerated() {
            let window = range.first.index...range.last.index
            let before = (range.first.index - range.count)...(range.first.index - 1)
            let hasRows = rows.hasRows(in: window)
            for measure in query.monthly {
                if let cell = monthly.cell(measure, months: window) { set(cell, measure: measure.name, window: id) }
            }
            for (keys, column) in zip(rows.keys, query.keys) {
                if hasRows {
                    let count = Double(keys.distinctCount(in: window))
                    for name in column.distinct { set(.value(count), measure: name, window: id) }
                }
                for measure in column.customer {
                    if let cell = keys.cell(measure.kind, window: window, before: before) {
                        set(cell, measure: measure.name, window: id)
                    }
                }
            }
            for (values, column) in zip(rows.values, query.values) where hasRows {
                set(
                    values.percentile(column.fraction, in: window).map(Cell.value) ?? .empty, measure: column.measure,
                    window: id)
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
