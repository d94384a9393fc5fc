import ScorecardSQL

/// Schema introspection from `pg_catalog`.
extension PostgresDatabase {
    /// Every table, view, materialized view, foreign and partitioned table outside the system schemas.
    ///
    /// Each comes with its columns in order and their types as `format_type` writes them
    /// (`integer`, `numeric(12,2)`, `timestamp with time zone`).
    ///
    /// A table found by its bare name through the `search_path` is named bare (`orders`); any
    /// other is qualified by its schema (`crm.orders`). Tables the user may not read are listed
    /// too, so a query on one fails with "permission denied" naming it, not "no such table".
    public func tables() throws -> [DatabaseTable] {
        let result = try connection.execute(Self.catalogQuery)
        var tables: [DatabaseTable] = []
        var current: (name: String, columns: [DatabaseColumn])?
        for row in 0..<result.rowCount {
            let schema = result.text(row: row, column: 0) ?? ""
            let table = result.text(row: row, column: 1) ?? ""
            let name = result.text(row: row, column: 2) == "t" ? table : schema + "." + table
            let column = DatabaseColumn(
                name: result.text(row: row, column: 3) ?? "", type: result.text(row: row, column: 4) ?? "")
            if current?.name == name {
                current?.columns.append(column)
            } else {
                if let current { tables.append(DatabaseTable(name: current.name, columns: current.columns)) }
                current = (name, [column])
            }
        }
        if let current { tables.append(DatabaseTable(name: current.name, columns: current.columns)) }
        return tables
    }

    /// Schema, table, whether the bare name finds it, column and type, in declaration order.
    private static let catalogQuery = """
        SELECT n.nspname, c.relname, pg_catalog.pg_table_is_visible(c.oid), a.attname,
               pg_catalog.format_type(a.atttypid, a.atttypmod)
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        ORDER BY n.nspname, c.relname, a.attnum
        """
}
