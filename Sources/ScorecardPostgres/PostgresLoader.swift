import CPostgres
import ScorecardSQL

/// A writable PostgreSQL connection for loading data (the demo CRM).
///
/// It runs statements without results and loads bulk rows through `COPY … FROM STDIN`.
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

    /// The URL without its password, as messages name the database.
    public var displayName: String { connection.url.displayName }

    /// Connects to the database at `url` (`postgresql://` or `postgres://`, read by libpq).
    ///
    /// Throws a ``DatabaseError`` for any other URL or a failed connection.
    public init(url: String) throws {
        guard let parsed = PostgresURL(url) else {
            throw DatabaseError(.cannotConnect, message: "not a postgresql:// or postgres:// URL", database: "the URL")
        }
        connection = try PostgresConnection(url: parsed)
    }

    /// Runs SQL that returns no rows (several statements separated by semicolons are allowed).
    public func execute(_ sql: String) throws {
        guard let handle = connection.handle else { throw closedError }
        let result = PostgresResult(PQexec(handle, sql))
        guard result.succeeded else { throw connection.error(result, sql: sql) }
    }

    /// Loads rows into a table with `COPY … FROM STDIN` and returns how many were loaded.
    ///
    /// The rows go into `columns` (all of the table's, in order, when nil). `produce` appends the
    /// rows; when it throws, the COPY is abandoned and nothing is loaded.
    @discardableResult
    public func copy(
        into table: String, columns: [String]? = nil, _ produce: (PostgresCopyStream) throws -> Void
    ) throws -> Int {
        let stream = try beginCopy(into: table, columns: columns)
        do {
            try produce(stream)
        } catch {
            stream.abandon()
            throw error
        }
        return try stream.finish()
    }

    /// Starts `COPY … FROM STDIN` into a table's `columns` (all of them when nil) and returns its stream.
    ///
    /// Append rows to the stream, then ``PostgresCopyStream/finish()`` it (or abandon it). The
    /// connection runs nothing else meanwhile; load several tables at once with one loader each.
    public func beginCopy(into table: String, columns: [String]? = nil) throws -> PostgresCopyStream {
        let columnList = columns.map { " (" + $0.map(dialect.quote).joined(separator: ", ") + ")" } ?? ""
        let sql = "COPY \(dialect.quoteTable(table))\(columnList) FROM STDIN"
        try connection.execute(sql)
        return PostgresCopyStream(connection: connection, sql: sql, table: table, columnCount: columns?.count)
    }

    /// Ends the session (`PQfinish`); later statements throw.
    public func close() { connection.close() }

    private var closedError: DatabaseError {
        DatabaseError(.query, message: "the connection is closed", database: displayName)
    }
}
