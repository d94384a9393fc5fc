/// A node of a SQL expression tree, rendered by a dialect into text and bound values.
///
/// ```swift
/// SQLExpression.binary(.greaterOrEqual, .column("o", "ordered_at"), .value(.text("2026-10-01")))
/// // SQLite: "o"."ordered_at" >= ?   with ["2026-10-01"]
/// ```
public indirect enum SQLExpression: Sendable, Hashable {
    /// A column, optionally qualified by a table alias: `"o"."net_amount"`.
    case column(table: String?, name: String)
    /// A bound parameter.
    case value(SQLValue)
    /// `NOT x`, `-x`, `+x`.
    case unary(SQLUnaryOperator, SQLExpression)
    /// `a op b` for arithmetic, comparison and logical operators.
    case binary(SQLOperator, SQLExpression, SQLExpression)
    /// A scalar or aggregate function call: `SUM(x)`, `COUNT(DISTINCT x)`, `COALESCE(a, b)`.
    case function(SQLFunction, [SQLExpression], distinct: Bool = false)
    /// An aggregate over a partition of the rows, kept on every row: `MIN(x) OVER (PARTITION BY a)`.
    ///
    /// Over a grouped select it runs after the grouping, on the groups; with no partition
    /// columns it covers all rows (`COUNT(x) OVER ()`).
    case windowAggregate(SQLFunction, [SQLExpression], partitionBy: [SQLExpression])
    /// The value on the row before in its partition, NULL on a partition's first row:
    /// `LAG(x) OVER (PARTITION BY a ORDER BY b)`.
    case previousRow(SQLExpression, partitionBy: [SQLExpression], orderBy: [SQLExpression])
    /// `COUNT(*)`.
    case countRows
    /// `CASE WHEN c THEN v … ELSE e END`.
    case caseWhen([SQLCase], otherwise: SQLExpression?)
    /// `x IS [NOT] NULL`.
    case isNull(SQLExpression, negated: Bool)
    /// `x [NOT] IN (a, b)`.
    case inList(SQLExpression, [SQLExpression], negated: Bool)
    /// `CAST(x AS type)` with a portable type name: `integer`, `real`, `text`.
    case cast(SQLExpression, SQLType)
    /// An exact continuous percentile (0 < p < 1) of x over the group.
    case percentile(SQLExpression, fraction: Double)
    /// Hours from `start` to `end`, both stored in the given time format.
    case hoursBetween(start: SQLExpression, end: SQLExpression, format: SQLTimeFormat)
    /// The calendar day (`YYYY-MM-DD` text) of an instant stored in the given time format.
    case isoDay(SQLExpression, format: SQLTimeFormat)
    /// A calendar day's `YYYY-MM-DD` text (as ``isoDay(_:format:)`` gives it) as the integer
    /// YYYYMMDD, its key (``EpochDay/key(_:)``): keys order as the days do, and a database
    /// compares, sorts and groups them faster than text. Text without digits where the key's are
    /// fails (PostgreSQL) or gives a number below every day's key (SQLite reads the leading digits).
    case dayKey(SQLExpression)
    /// The calendar month (`YYYY-MM` text) of an instant stored in the given time format.
    case monthKey(SQLExpression, format: SQLTimeFormat)
    /// The number of the UTC calendar day holding an instant stored in the given time format,
    /// counted from 1970-01-01 (day 0), as an integer: differences are whole days. Unix seconds
    /// are taken from 1970 on.
    case dayNumber(SQLExpression, format: SQLTimeFormat)
    /// True when `x` is not NULL and not a number (text that does not read as one, a blob).
    case notANumber(SQLExpression)
    /// An instant stored as ISO text or in a date/time type, as ISO text (`YYYY-MM-DD…`), to compare
    /// with ISO bounds: SQLite stores the text already; PostgreSQL casts a `date` or `timestamp`.
    case isoText(SQLExpression)
    /// A boolean flag as the number 1 or 0 (NULL stays NULL), so that it compares and computes
    /// like SQLite's integer flags: standard SQL `CAST(x AS INTEGER)`; SQLite, which has no
    /// boolean type, writes the value itself.
    case booleanAsNumber(SQLExpression)
    /// A column whose type holds only numbers (an integer or `numeric` column, as the catalogue
    /// says), written as itself; where a condition stands it is true when not zero, as SQLite
    /// takes any number: standard SQL `(x <> 0)`, SQLite the value itself.
    case numberAsFlag(SQLExpression)
    /// True when an instant stored in the given time format is NULL or cannot be read as a time.
    case unreadableTime(SQLExpression, format: SQLTimeFormat)
    /// A scalar subquery `(SELECT …)`.
    case subquery(SQLSelect)
    /// `EXISTS (SELECT …)`.
    case exists(SQLSelect)

    /// `table.name` shorthand.
    public static func column(_ table: String, _ name: String) -> SQLExpression { .column(table: table, name: name) }
}

/// One `WHEN condition THEN result` arm.
public struct SQLCase: Sendable, Hashable {
    /// The test after `WHEN`.
    public let condition: SQLExpression
    /// The value after `THEN`, the case's value when `condition` is the first true one.
    public let result: SQLExpression

    /// An arm `WHEN condition THEN result`.
    public init(_ condition: SQLExpression, _ result: SQLExpression) {
        self.condition = condition
        self.result = result
    }
}

/// Portable type names for casts.
public enum SQLType: String, Sendable, Hashable { case integer, real, text }

/// How a time column stores instants.
public enum SQLTimeFormat: String, Sendable, Hashable { case iso, unix, julian }
