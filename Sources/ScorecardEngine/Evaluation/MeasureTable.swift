/// Measure values per window, as read from the query results.
struct MeasureTable {
    /// A measure's value in one window.
    enum Cell: Equatable {
        case value(Double)
        /// The source had rows in the window but none matched (or the aggregate was null).
        case empty
    }

    private var cells: [String: [Int: Cell]] = [:]

    mutating func set(_ cell: Cell, measure: String, window: Int) { cells[measure, default: [:]][window] = cell }

    /// The cell, or nil when the source had no rows at all in the window.
    func cell(_ measure: String, window: Int) -> Cell? { cells[measure]?[window] }
}

/// Breakdown values of the reporting period: measure → group key → value and group size.
struct BreakdownTable {
    struct Group {
        var value: Double?
        var size: Int
    }

    private(set) var groups: [String: [String: Group]] = [:]

    mutating func set(_ group: Group, measure: String, key: String) { groups[measure, default: [:]][key] = group }
}
