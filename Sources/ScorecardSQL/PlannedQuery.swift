import ScorecardModel

/// One query of a plan and how to read measure values from its rows.
///
/// Rows are `window id, [group key, group size,] columns…`; see `PlannedMeasure` for the columns.
public struct PlannedQuery: Sendable {
    /// A one-line description for `scorecard explain`, e.g. "source orders: revenue, buyers".
    public let title: String
    /// The statement, whose rows ``measures`` read.
    public let select: SQLSelect
    /// True when rows carry a breakdown group key and the group's customer count.
    public let isGrouped: Bool
    /// The measures whose values the rows hold, each with the columns it is read from.
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

    /// The measure's name in the metrics file.
    public let name: String
    /// The columns holding the value and how it is computed from them.
    public let reading: Reading
}
