import ScorecardSQL

/// Schema introspection, for validating that configured tables and columns exist.
extension SQLiteDatabase {
    /// The names of the tables and views in the main schema, sorted, without SQLite's internal tables.
    ///
    /// SQL: `SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name`
    public func tableNames() throws -> [String] {
        let statement = try prepare(
            """
            SELECT name FROM sqlite_master
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY name
            """)
        return try strings(from: statement)
    }

    /// The column names of `table` in declaration order; empty when there is no such table or view.
    ///
    /// The table name is bound, never pasted: `SELECT name FROM pragma_table_info(?) ORDER BY cid`.
    public func tableColumns(_ table: String) throws -> [String] {
        let statement = try prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid")
        try statement.bind([.text(table)])
        return try strings(from: statement)
    }

    private func strings(from statement: SQLiteStatement) throws -> [String] {
        var names: [String] = []
        while try statement.step() {
            names.append(statement.string(at: 0) ?? "")
        }
        return names
    }
}

extension SQLiteDatabase {
    /// The columns of `table` with their declared types, in declaration order.
    ///
    /// SQL: `SELECT name, type FROM pragma_table_info(?) ORDER BY cid`.
    func tableColumnTypes(_ table: String) throws -> [DatabaseColumn] {
        let statement = try prepare("SELECT name, type FROM pragma_table_info(?) ORDER BY cid")
        try statement.bind([.text(table)])
        var columns: [DatabaseColumn] = []
        while try statement.step() {
            columns.append(DatabaseColumn(name: statement.string(at: 0) ?? "", type: statement.string(at: 1) ?? ""))
        }
        return columns
    }
}
