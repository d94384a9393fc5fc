/// A SELECT statement as a tree, with optional common table expressions.
///
/// ```swift
/// var select = SQLSelect(from: .table("orders", as: "o"))
/// select.columns = [SQLResultColumn(.function(.sum, [.column("o", "net_amount")]), as: "revenue")]
/// // SELECT SUM("o"."net_amount") AS "revenue" FROM "orders" AS "o"
/// ```
public struct SQLSelect: Sendable, Hashable {
    public var with: [SQLCommonTable] = []
    public var distinct = false
    public var columns: [SQLResultColumn] = []
    public var from: SQLTableReference
    public var joins: [SQLJoin] = []
    public var filter: SQLExpression?
    public var groupBy: [SQLExpression] = []
    public var orderBy: [SQLExpression] = []
    /// At most this many rows (`LIMIT ?`, bound).
    public var limit: Int?

    public init(from: SQLTableReference) { self.from = from }
}

/// An expression in the select list with an optional alias.
public struct SQLResultColumn: Sendable, Hashable {
    public let expression: SQLExpression
    public let alias: String?

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
    public enum Kind: String, Sendable {
        case inner = "JOIN"
        case left = "LEFT JOIN"
        /// An inner join the planner must run with the left side as the outer loop: SQLite's
        /// `CROSS JOIN` (which keeps the written order), a plain `JOIN` in other dialects.
        case innerInOrder = "CROSS JOIN"
    }

    public let kind: Kind
    public let table: SQLTableReference
    public let on: SQLExpression

    public init(_ kind: Kind, _ table: SQLTableReference, on: SQLExpression) {
        self.kind = kind
        self.table = table
        self.on = on
    }
}

/// `name(columns) AS (…)`: a select or a list of value rows.
public struct SQLCommonTable: Sendable, Hashable {
    public enum Body: Sendable, Hashable {
        case select(SQLSelect)
        case values([[SQLExpression]])
    }

    public let name: String
    public let columns: [String]
    public let body: Body

    public init(_ name: String, columns: [String], _ body: Body) {
        self.name = name
        self.columns = columns
        self.body = body
    }
}
