import ScorecardModel

/// One query of a plan and how to read measure values from its rows.
///
/// Rows are `window id, [group key, group size,] columns…`; see `PlannedMeasure` for the columns.
public struct PlannedQuery: Sendable {
    /// A one-line description for `scorecard explain`, e.g. "source orders: revenue, buyers".
    public let title: String
    public let select: SQLSelect
    /// True when rows carry a breakdown group key and the group's customer count.
    public let isGrouped: Bool
    public let measures: [PlannedMeasure]
}

/// Where one measure's value is in a row of a planned query.
public struct PlannedMeasure: Sendable, Equatable {
    /// How the value is computed from the row's columns.
    public enum Reading: Sendable, Equatable {
        /// The column divided by a divisor (100 for money summed in whole cents).
        case scaled(column: Int, divisor: Double)
        /// `kept / base` (retention) or `1 - kept / base` (churn).
        case kept(keptColumn: Int, baseColumn: Int, complement: Bool)
    }

    public let name: String
    public let reading: Reading
}
