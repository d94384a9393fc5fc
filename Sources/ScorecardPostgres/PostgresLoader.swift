import CPostgres
import ScorecardSQL

/// A writable PostgreSQL connection for loading data (the demo CRM): statements without results
/// and bulk rows through `COPY … FROM STDIN`.
///
/// ```swift
/// let loader = try PostgresLoader(url: "postgresql://demo@localhost/crm")
/// try loader.execute("CREATE TABLE regions (id bigint PRIMARY KEY, name text)")
/// let count = try loader.copy(into: "regions", columns: ["id", "name"]) { rows in
///     try rows.append([.integer(1), .text("North")])
/// }
/// ```
///
/// Unlike ``PostgresDatabase`` (which Scorecard reads through) the session is not read-only.
/// Connecting, URLs and errors work the same way.
public final class PostgresLoader {
    private let connection: PostgresConnection
    private let dialect = PostgreSQLDialect()

    public var displayName: String { connection.url.displayName }

    public init(url: String) throws {
        guard let parsed = PostgresURL(url) else {
            throw DatabaseError(.cannotConnect, message: "not a postgresql:// or postgres:// URL", database: url)
        }
        connection = try PostgresConnection(url: parsed)
    }

    /// Runs SQL that returns no rows (several statements separated by semicolons are allowed).
    public func execute(_ sql: String) throws {
        guard let handle = connection.handle else { throw closedError }
        let result = PostgresResult(PQexec(handle, sql))
        guard result.succeeded else { throw connection.error(result, sql: sql) }
    }

    /// Loads rows into a table's `columns` with `COPY … FROM STDIN` (text format) and returns how
    /// many were loaded. `produce` appends the rows; when it throws, the COPY is abandoned and
    /// nothing is loaded.
    @discardableResult
    public func copy(
        into table: String, columns: [String], _ produce: (PostgresCopyStream) throws -> Void
    ) throws -> Int {
        guard let handle = connection.handle else { throw closedError }
        let sql = "COPY \(dialect.quoteTable(table)) (\(columns.map(dialect.quote).joined(separator: ", "))) FROM STDIN"
        try connection.execute(sql)
        let stream = PostgresCopyStream(handle: handle, table: table, columnCount: columns.count, database: displayName)
        do {
            try produce(stream)
            try stream.flush()
        } catch {
            _ = PQputCopyEnd(handle, "abandoned by the loader")
            while let raw = PQgetResult(handle) { PQclear(raw) }
            if error is PostgresCopyStream.SendFailure { throw connection.error(nil, sql: sql) }
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw connection.error(nil, sql: sql) }
        var failure: DatabaseError?
        var loaded = 0
        while let raw = PQgetResult(handle) {
            let result = PostgresResult(raw)
            if !result.succeeded, failure == nil { failure = connection.error(result, sql: sql) }
            loaded = Int(String(cString: PQcmdTuples(raw))) ?? loaded
        }
        if let failure { throw failure }
        return loaded
    }

    public func close() { connection.close() }

    private var closedError: DatabaseError {
        DatabaseError(.query, message: "the connection is closed", database: displayName)
    }
}
