import ScorecardSQL

/// The read snapshot: one `REPEATABLE READ, READ ONLY` transaction, shared with reader
/// connections through `pg_export_snapshot()`.
extension PostgresDatabase {
    /// Runs `body` in one `REPEATABLE READ, READ ONLY` transaction; commits when it returns and
    /// rolls back when it throws. The snapshot is taken at once, before `body` runs.
    ///
    /// On a reader from ``openSnapshotReader()`` the transaction joins the exporting connection's
    /// snapshot (`SET TRANSACTION SNAPSHOT`) instead of taking its own. Called again inside
    /// `body`, it runs the inner body in the same snapshot.
    public func readSnapshot<T>(_ body: () throws -> T) throws -> T {
        if connection.isInTransaction { return try body() }
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
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

    /// A second connection, with the same URL and settings, that reads this connection's snapshot.
    ///
    /// Called inside ``readSnapshot(_:)``: this connection exports its snapshot
    /// (`pg_export_snapshot()`), and every ``readSnapshot(_:)`` of the reader begins its own
    /// `REPEATABLE READ, READ ONLY` transaction with `SET TRANSACTION SNAPSHOT` on it. The export
    /// lives as long as this connection's transaction, so the reader's snapshots must begin
    /// before this one's ``readSnapshot(_:)`` returns. Returns nil outside a snapshot, or when
    /// the server cannot export one (a hot standby, an engine without `pg_export_snapshot`): the
    /// caller then reads on this connection alone.
    public func openSnapshotReader() throws -> (any SQLDatabase)? {
        guard connection.isInTransaction, let snapshot = try exportSnapshot() else { return nil }
        return try PostgresDatabase(
            url: connection.url, timeZone: timeZone, statementTimeout: statementTimeout, sharedSnapshot: snapshot)
    }

    /// This transaction's snapshot identifier (`00000003-0000001B-1`), or nil when the server
    /// refuses to export it; a savepoint keeps the refusal from spoiling the transaction.
    private func exportSnapshot() throws -> String? {
        try connection.execute("SAVEPOINT scorecard_export")
        do {
            let result = try connection.execute("SELECT pg_export_snapshot()")
            try connection.execute("RELEASE SAVEPOINT scorecard_export")
            guard let text = result.text(row: 0, column: 0),
                text.allSatisfy({ $0.isHexDigit || $0 == "-" })
            else { return nil }
            return text
        } catch let error as DatabaseError where error.kind == .query {
            try connection.execute("ROLLBACK TO SAVEPOINT scorecard_export")
            return nil
        }
    }
}
