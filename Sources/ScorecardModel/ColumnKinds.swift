/// The kinds of the columns of the tables a model's sources read, from the database's catalogue.
///
/// Keyed by the table as the metrics name it (`orders`, `crm.orders`) and the column as the
/// database spells it; a column looked up in another case is found when no column has that exact
/// spelling. A column not listed is ``ColumnKind/unknown``.
///
/// ```swift
/// var kinds = ColumnKinds()
/// kinds.set(.boolean, table: "order_lines", column: "returned")
/// kinds.kind(table: "order_lines", column: "returned")   // .boolean
/// ```
public struct ColumnKinds: Sendable, Equatable {
    private var byTable: [String: [String: ColumnKind]] = [:]

    /// No column known: every column is ``ColumnKind/unknown``.
    public init() {}

    /// Records a column's kind (an ``ColumnKind/unknown`` one is not kept).
    public mutating func set(_ kind: ColumnKind, table: String, column: String) {
        guard kind != .unknown else { return }
        byTable[table, default: [:]][column] = kind
    }

    /// The kind of a table's column.
    public func kind(table: String, column: String) -> ColumnKind {
        guard let columns = byTable[table] else { return .unknown }
        if let exact = columns[column] { return exact }
        let lowered = column.lowercased()
        return columns.first { $0.key.lowercased() == lowered }?.value ?? .unknown
    }
}
