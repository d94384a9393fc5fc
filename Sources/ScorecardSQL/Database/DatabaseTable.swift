import ScorecardModel

/// A table or view of the database, as schema validation sees it.
public struct DatabaseTable: Sendable, Equatable {
    /// The name a metrics file uses for it: `orders`, or `crm.orders` outside the default schema.
    public let name: String
    /// The name with its schema, which a metrics file may use too.
    ///
    /// For example `public.orders`, or SQLite's `main.orders`; nil when the backend names no schema.
    public let qualifiedName: String?
    /// Its columns in declaration order.
    public let columns: [DatabaseColumn]

    /// A table named as a metrics file names it (and with its schema), with its columns in declaration order.
    public init(name: String, qualifiedName: String? = nil, columns: [DatabaseColumn]) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.columns = columns
    }
}

/// A column of a table, with the type the database declares for it.
public struct DatabaseColumn: Sendable, Equatable {
    /// The column's name as the database spells it.
    public let name: String
    /// The declared type as the database names it (`INTEGER`, `numeric`, `timestamp with time zone`).
    ///
    /// Empty when none is declared.
    public let type: String
    /// What the type guarantees about the values, when the database enforces it.
    public let kind: ColumnKind

    /// A column with its declared type (empty when none is declared) and what that guarantees.
    public init(name: String, type: String, kind: ColumnKind = .unknown) {
        self.name = name
        self.type = type
        self.kind = kind
    }
}
