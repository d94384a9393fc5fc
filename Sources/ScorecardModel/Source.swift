/// A checked source: one database table, one row per fact, with its many-to-one joins.
public struct Source: Sendable {
    /// The source's name, its alias in `source.column`.
    public let name: String
    /// The database table.
    public let table: String
    /// The primary key column; joins onto this source match it.
    public let key: String?
    /// The column that dates each row, or nil for an undated source.
    public let time: TimeColumn?
    /// The column identifying the customer, used to size breakdown groups for privacy.
    ///
    /// Written `customer_id` for the source's own column or `orders.customer_id` for a joined one.
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
    /// Where the source is declared.
    public let location: Location
}

/// The time column of a source and how its values are stored.
public struct TimeColumn: Sendable, Equatable {
    /// How the time column's values are stored.
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
    /// The column's name.
    public let column: String
    /// How its values are stored.
    public let format: Format
}

/// The chain of many-to-one joins from a source to one alias.
public struct JoinPath: Sendable, Equatable {
    /// One step: `fromAlias.column = target.key`, the target known as `alias`.
    public struct Step: Sendable, Equatable {
        /// The alias holding the foreign key.
        public let fromAlias: String
        /// The foreign key column.
        public let column: String
        /// The source joined.
        public let target: String
        /// The name the joined source is known by.
        public let alias: String
    }

    /// The steps from the source to the alias, first step first.
    public let steps: [Step]
}
