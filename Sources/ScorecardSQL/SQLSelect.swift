/// A SELECT statement as a tree, with optional common table expressions.
///
/// ```swift
/// var select = SQLSelect(from: .table("orders", as: "o"))
/// select.columns = [SQLResultColumn(.function(.sum, [.column("o", "net_amount")]), as: "revenue")]
/// // SELECT SUM("o"."net_amount") AS "revenue" FROM "orders" AS "o"
/// ```
public struct SQLSelect: Sendable, Hashable {
    /// Common tables written before the statement as `WITH name(columns) AS (…), …`; none when empty.
    public var with: [SQLCommonTable] = []
    /// Whether the statement is `SELECT DISTINCT`.
    public var distinct = false
    /// The select list, in the order the result columns are read back.
    public var columns: [SQLResultColumn] = []
    /// The table or derived table after `FROM`.
    public var from: SQLTableReference
    /// Join clauses written after the `FROM` table, in order.
    public var joins: [SQLJoin] = []
    /// The `WHERE` condition; nil writes no `WHERE` clause.
    public var filter: SQLExpression?
    /// The `GROUP BY` expressions; no clause when empty.
    public var groupBy: [SQLExpression] = []
    /// The `HAVING` condition on the groups; nil writes no `HAVING` clause.
    public var having: SQLExpression?
    /// The `ORDER BY` expressions, each ascending unless ``descending``; no clause when empty.
    public var orderBy: [SQLExpression] = []
    /// Whether ``orderBy`` runs from the largest value down (`DESC` after each expression).
    public var descending = false
    /// At most this many rows (`LIMIT ?`, bound).
    public var limit: Int?

    /// A statement reading `from`, with an empty select list and no other clauses yet.
    public init(from: SQLTableReference) { self.from = from }
}

/// An expression in the select list with an optional alias.
public struct SQLResultColumn: Sendable, Hashable {
    /// The value the column computes.
    public let expression: SQLExpression
    /// The name after `AS` (quoted when rendered); nil leaves the column unnamed.
    public let alias: String?

    /// A select-list entry `expression AS "alias"`, or just `expression` when `alias` is nil.
    public init(_ expression: SQLExpression, as alias: String? = nil) {
        self.expression = expression
        self.alias = alias
    }
}

/// What a FROM or JOIN reads.
public indirect enum SQLTableReference: Sendable, Hashable {
    /// A table (or common table) with an optional alias.
    case table(String, as: String?)
    /// A derived table `(SELECT …) AS alias`.
    case subquery(SQLSelect, as: String)
}

/// A join clause.
public struct SQLJoin: Sendable, Hashable {
    /// The join's kind; its raw value is the standard SQL keyword.
    public enum Kind: String, Sendable {
        case inner = "JOIN"
        case left = "LEFT JOIN"
        /// An inner join the planner must run with the left side as the outer loop: SQLite's
        /// `CROSS JOIN` (which keeps the written order), a plain `JOIN` in other dialects.
        case innerInOrder = "CROSS JOIN"
    }

    /// Inner, left or in-order inner join.
    public let kind: Kind
    /// The table or derived table joined.
    public let table: SQLTableReference
    /// The condition after `ON`.
    public let on: SQLExpression

    /// A clause `kind table ON on`.
    public init(_ kind: Kind, _ table: SQLTableReference, on: SQLExpression) {
        self.kind = kind
        self.table = table
        self.on = on
    }
}

/// `name(columns) AS (…)`: a select or a list of value rows.
public struct SQLCommonTable: Sendable, Hashable {
    /// What the common table holds.
    public enum Body: Sendable, Hashable {
        /// The rows of a statement.
        case select(SQLSelect)
        /// Literal rows written as `VALUES (a, b), (c, d)`, one inner array per row.
        case values([[SQLExpression]])
    }

    /// The name later clauses read the table by.
    public let name: String
    /// The names given to the body's columns, in order.
    public let columns: [String]
    /// The statement or value rows that fill the table.
    public let body: Body

    /// A common table `"name"("columns"…) AS (body)`.
    public init(_ name: String, columns: [String], _ body: Body) {
        self.name = name
        self.columns = columns
        self.body = body
    }
}
