import CSQLite

/// Transactions: a read snapshot (`BEGIN DEFERRED`) and a write transaction (`BEGIN IMMEDIATE`).
extension SQLiteDatabase {
    /// Runs `body` inside one read transaction, so every read in it sees the same snapshot.
    ///
    /// The snapshot is taken at once (by reading the schema version right after `BEGIN DEFERRED`),
    /// not lazily at the first query. The transaction commits when `body` returns and rolls back
    /// when it throws.
    ///
    /// ```swift
    /// let (orders, lines) = try db.readTransaction { (try count("orders"), try count("order_lines")) }
    /// ```
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN DEFERRED", pinSnapshot: true, body)
    }

    /// Runs `body` inside a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`).
    ///
    /// Commits when `body` returns; rolls back and rethrows when it throws.
    public func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN IMMEDIATE", pinSnapshot: false, body)
    }

    private func transaction<T>(begin: String, pinSnapshot: Bool, _ body: () throws -> T) throws -> T {
        try execute(begin)
        let result: T
        do {
            if pinSnapshot { try execute("PRAGMA schema_version") }
            result = try body()
            try execute("COMMIT")
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }
}
