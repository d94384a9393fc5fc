import CPostgres
import ScorecardSQL

/// Schema introspection from `pg_catalog`.
extension PostgresDatabase {
    /// Every table, view, materialized view, foreign and partitioned table outside the system schemas.
    ///
    /// Each comes with its columns in order and their types as `format_type` writes them
    /// (`integer`, `numeric(12,2)`, `timestamp with time zone`).
    ///
    /// A table found by its bare name through the `search_path` is named bare (`orders`); any
    /// other is qualified by its schema (`crm.orders`). Each may also be named with its schema
    /// (``DatabaseTable/qualifiedName``: `public.orders`). Tables the user may not read are listed
    /// too, so a query on one fails with "permission denied" naming it, not "no such table".
    public func tables() throws -> [DatabaseTable] {
        let result = try connection.execute(Self.catalogQuery)
        var tables: [DatabaseTable] = []
        var current: (name: String, qualified: String, columns: [DatabaseColumn])?
        func finish() {
            if let current {
                tables.append(
                    DatabaseTable(name: current.name, qualifiedName: current.qualified, columns: current.columns))
            }
        }
        for row in 0..<result.rowCount {
            let schema = result.text(row: row, column: 0) ?? ""
            let table = result.text(row: row, column: 1) ?? ""
            let qualified = schema + "." + table
            let name = result.text(row: row, column: 2) == "t" ? table : qualified
            let column = DatabaseColumn(
                name: result.text(row: row, column: 3) ?? "", type: result.text(row: row, column: 4) ?? "",
                kind: PostgresType.kind(of: Oid(result.text(row: row, column: 5) ?? "") ?? 0))
            if current?.qualified == qualified {
                current?.columns.append(column)
            } else {
                finish()
                current = (name, qualified, [column])
            }
        }
        finish()
        return tables
    }

    /// Schema, table, whether the bare name finds it, column, type and the type's OID, in declaration order.
    private static let catalogQuery = """
        SELECT n.nspname, c.relname, pg_catalog.pg_table_is_visible(c.oid), a.attname,
               pg_catalog.format_type(a.atttypid, a.atttypmod), a.atttypid
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        ORDER BY n.nspname, c.relname, a.attnum
        """
}

extension PostgresDatabase {
    /// True: identifiers are quoted, and a quoted name matches only its own spelling.
    public var identifiersAreCaseSensitive: Bool { true }
}
