import ScorecardSQL

/// The read snapshot: one `REPEATABLE READ, READ ONLY` transaction, shared with reader
/// connections through `pg_export_snapshot()`.
extension PostgresDatabase {
    /// Runs `body` in one `REPEATABLE READ, READ ONLY` transaction, so every query sees one snapshot.
    ///
    /// Commits when `body` returns and rolls back when it throws. The snapshot is taken at once,
    /// before `body` runs.
    ///
    /// On a reader from ``openSnapshotReader()`` the transaction joins the exporting connection's
    /// snapshot (`SET TRANSACTION SNAPSHOT`) instead of taking its own. Called again inside
    /// `body`, it runs the inner body in the same snapshot.
    public func readSnapshot<T>(_ body: () throws -> T) throws -> T {
        if connection.isInTransaction { return try body() }
        try connection.begin("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        let result: T
        do {
            if let sharedSnapshot {
                try connection.execute("SET TRANSACTION SNAPSHOT '\(sharedSnapshot)'")
            } else {
                try connection.execute("SELECT 1")
            }
            result = try body()
            try connection.execute("COMMIT")
        } catch {
            if connection.isInTransaction { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
        return result
    }

    /// Runs `body` after a savepoint inside a transaction, and rolls back to it when `body`
    /// throws: the failed statement's transaction stays usable, with the same snapshot.
    public func isolatingFailures<T>(_ body: () throws -> T) throws -> T {
        guard connection.isInTransaction else { return try body() }
        try connection.execute("SAVEPOINT scorecard_isolated")
        do {
            let result = try body()
            try connection.execute("RELEASE SAVEPOINT scorecard_isolated")
            return result
        } catch {
            _ = try? connection.execute("ROLLBACK TO SAVEPOINT scorecard_isolated")
            throw error
        }
    }

    /// A second connection, with the same URL and settings, that reads this connection's snapshot.
    ///
    /// Called inside ``readSnapshot(_:)``: this connection exports its snapshot
    /// (`pg_export_snapshot()`), and every ``readSnapshot(_:)`` of the reader begins its own
    /// `REPEATABLE READ, READ ONLY` transaction with `SET TRANSACTION SNAPSHOT` on it. The export
    /// lives as long as this connection's transaction, so the reader's snapshots must begin
    /// before this one's ``readSnapshot(_:)`` returns. Returns nil outside a snapshot: there is
    /// none to share. A server that cannot export one (an engine without `pg_export_snapshot`)
    /// throws, and its message says so.
    public func openSnapshotReader() throws -> (any SQLDatabase)? {
        guard connection.isInTransaction else { return nil }
        let exported = try connection.execute("SELECT pg_export_snapshot()")
        guard let snapshot = exported.text(row: 0, column: 0), snapshot.allSatisfy({ $0.isHexDigit || $0 == "-" })
        else {
            throw DatabaseError(
                .query, message: "the server exported no usable snapshot", database: displayName,
                sql: "SELECT pg_export_snapshot()")
        }
        return try PostgresDatabase(
            url: connection.url, timeZone: timeZone, statementTimeout: statementTimeout, sharedSnapshot: snapshot)
    }
}
