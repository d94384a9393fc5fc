/// What a generation wrote: the file, the months covered and the rows per table.
public struct DemoDatabaseSummary: Sendable, Equatable, CustomStringConvertible {
    /// The database path.
    public let path: String
    /// The first month with data.
    public let start: DemoMonth
    /// The last month with data.
    public let end: DemoMonth
    /// Rows per table.
    public let rowCounts: [String: Int]

    /// Rows in `table` (0 when unknown).
    public func rows(_ table: String) -> Int { rowCounts[table] ?? 0 }

    /// One line, e.g. `wrote demo.db (2023-01 to 2025-12): 20000 customers, 81234 orders, ...`.
    public var description: String {
        "wrote \(path) (\(start) to \(end)): \(rows("customers")) customers, \(rows("orders")) orders, "
            + "\(rows("order_lines")) order lines, \(rows("support_tickets")) tickets, "
            + "\(rows("survey_responses")) survey responses"
    }
}
