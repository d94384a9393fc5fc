import ScorecardPostgres

/// Writing the demo CRM into a PostgreSQL database.
extension DemoDatabaseGenerator {
    /// Writes the demo CRM into the PostgreSQL database at `url` and returns what it wrote.
    ///
    /// Creates the demo tables and loads the same rows as ``write(to:)`` writes to SQLite, each
    /// table with `COPY … FROM STDIN`; then adds the foreign keys, creates the indexes and runs
    /// `ANALYZE`.
    ///
    /// The tables must not exist yet. On failure the tables created are dropped again, so the
    /// database is left as it was.
    public func write(toPostgres url: String) throws -> DemoDatabaseSummary {
        try options.validate()
        let loader = try PostgresLoader(url: url)
        defer { loader.close() }
        try loader.execute(DemoSchema.postgresTables)
        let tables = DemoPostgresTables(url: url)
        let writer = DemoTableWriter(postgres: tables)
        do {
            try fill(writer)
            try tables.finish()
            try loader.execute(DemoSchema.postgresForeignKeys)
            try loader.execute(DemoSchema.indexes)
            try loader.execute("ANALYZE " + DemoSchema.tableNames.joined(separator: ", "))
        } catch {
            tables.abandon()
            try? loader.execute("DROP TABLE IF EXISTS " + DemoSchema.tableNames.joined(separator: ", ") + " CASCADE")
            throw error
        }
        return DemoDatabaseSummary(
            path: loader.displayName, start: options.start, end: options.end, rowCounts: writer.rowCounts)
    }
}
