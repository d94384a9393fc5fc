/// A checked source: one database table, one row per fact, with its many-to-one joins.
public struct Source: Sendable {
    public let name: String
    public let table: String
    /// The primary key column; joins onto this source match it.
    public let key: String?
    public let time: TimeColumn?
    /// The column identifying the customer (`customer_id` or `orders.customer_id`), used to size
    /// breakdown groups for privacy.
    public let customer: RowExpression?
    /// The row filter, over the source's own columns (alias = the source's name).
    public let filter: RowExpression?
    /// Rows for which this flag is true are excluded for privacy.
    public let optOut: RowExpression?
    /// Every alias reachable from this source, with the join path to it.
    public let joins: [String: JoinPath]
    /// Aliases reached by more than one inherited join path; using one is an error (E0213).
    public let ambiguousJoins: Set<String>
    /// How far the data may lag a period's end and still cover it (`lag`), nil for the standard lag.
    public let lag: DataLag?
    public let location: Location
}

/// The time column of a source and how its values are stored.
public struct TimeColumn: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        /// ISO-8601 text: `2026-04-30` or `2026-04-30 13:45:00`.
        case iso
        /// Seconds since 1970-01-01 UTC.
        case unix
        /// Julian day numbers, as SQLite's `julianday()` returns.
        case julian
    }

    /// The alias of the joined source holding the column, or nil for the source's own column.
    public let alias: String?
    public let column: String
    public let format: Format
}

/// The chain of many-to-one joins from a source to one alias.
public struct JoinPath: Sendable, Equatable {
    /// One step: `fromAlias.column = target.key`, the target known as `alias`.
    public struct Step: Sendable, Equatable {
        public let fromAlias: String
        public let column: String
        public let target: String
        public let alias: String
    }

    public let steps: [Step]
}
