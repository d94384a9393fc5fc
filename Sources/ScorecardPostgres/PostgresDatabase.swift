import CPostgres
import ScorecardSQL

/// A read-only connection to a PostgreSQL database, over libpq: Scorecard's PostgreSQL backend.
///
/// ```swift
/// let database = try PostgresDatabase(url: "postgresql://ana@db.example.com/crm?sslmode=require")
/// let revenue = try database.readSnapshot {
///     let rows = try database.query(RenderedSQL(text: "SELECT sum(net_amount) FROM orders", bindings: []))
///     return try rows.next() ? rows.text(0) : nil   // the exact decimal, e.g. "12345678901234.56"
/// }
/// ```
///
/// The URL goes to libpq as it is, so the password may come from the URL, `PGPASSWORD` or
/// `~/.pgpass`, and `sslmode`, service files and the other `PG*` variables work as in `psql`.
/// The session is read-only (`default_transaction_read_only`), writes dates and times in ISO
/// form and reads `timestamptz` in the given time zone. Used from one thread at a time.
public final class PostgresDatabase: SQLDatabase {
    /// Rows fetched per round trip from a cursor.
    static let batchSize = 10_000

    /// ``PostgreSQLDialect``: standard SQL with `$1`, `$2`, … placeholders.
    public let dialect: SQLDialect = PostgreSQLDialect()
    /// The URL without its password, as messages name the database.
    public var displayName: String { connection.url.displayName }
    /// The session time zone: `timestamptz` values read, and text compared with them, in it.
    public private(set) var timeZone: String
    /// The longest a statement may run, in milliseconds; nil for no limit.
    public let statementTimeout: Int?

    let connection: PostgresConnection
    /// The snapshot exported by the connection that opened this one as its reader, joined by every
    /// ``readSnapshot(_:)`` (see ``openSnapshotReader()``).
    let sharedSnapshot: String?
    private var cursorCount = 0
    /// Inside a transaction, read through a server-side cursor (true) or in single-row mode (false,
    /// the default: PostgreSQL never runs a cursor's query in parallel, see docs/databases.md).
    /// Cursors let several results be read interleaved on one connection.
    var readsThroughCursors = false

    /// True when `location` names a PostgreSQL database (`postgresql://…` or `postgres://…`).
    public static func handles(_ location: String) -> Bool { PostgresURL.isPostgres(location) }

    /// Connects to the database at `url` and prepares a read-only session.
    ///
    /// The session writes ISO dates, reads `timestamptz` in `timeZone` (an IANA name such as `UTC`
    /// or `Europe/Paris`) and, when `statementTimeout` is given, stops any statement after that many
    /// milliseconds (0 or less: no limit). A URL that is not `postgresql://` or `postgres://`, or a
    /// failed connection, throws a ``DatabaseError``.
    public convenience init(url: String, timeZone: String = "UTC", statementTimeout: Int? = nil) throws {
        guard let parsed = PostgresURL(url) else {
            throw DatabaseError(
                .cannotConnect, message: "not a postgresql:// or postgres:// URL", database: "the --db URL")
        }
        try self.init(url: parsed, timeZone: timeZone, statementTimeout: statementTimeout, sharedSnapshot: nil)
    }

    init(url: PostgresURL, timeZone: String, statementTimeout: Int?, sharedSnapshot: String?) throws {
        self.timeZone = timeZone
        self.statementTimeout = statementTimeout
        self.sharedSnapshot = sharedSnapshot
        connection = try PostgresConnection(url: url)
        try configureSession()
    }

    /// Settings every statement relies on; values are bound through `set_config`.
    private func configureSession() throws {
        var settings: [(String, String)] = [
            ("default_transaction_read_only", "on"), ("DateStyle", "ISO, YMD"),
            ("extra_float_digits", "3"), ("TimeZone", timeZone),
            // Every cursor is read to its end: plan for all rows, not PostgreSQL's default first 10%.
            ("cursor_tuple_fraction", "1"),
        ]
        if let statementTimeout { settings.append(("statement_timeout", String(max(0, statementTimeout)))) }
        for (name, value) in settings {
            try connection.execute("SELECT set_config($1, $2, false)", [.text(name), .text(value)])
        }
    }

    /// Sets the session's `TimeZone`, which ``openSnapshotReader()`` passes on.
    ///
    /// The name is bound through `set_config`, never pasted into SQL. A name the server does not
    /// know throws a ``DatabaseError`` of kind `query` saying so.
    public func useTimeZone(_ identifier: String) throws {
        guard identifier != timeZone else { return }
        do {
            try connection.execute("SELECT set_config($1, $2, false)", [.text("TimeZone"), .text(identifier)])
        } catch let error as DatabaseError where error.kind == .query {
            throw DatabaseError(
                .query, message: "the PostgreSQL server does not know the time zone '\(identifier)' (\(error.message))",
                database: displayName)
        }
        timeZone = identifier
    }

    /// Sends the statement with its bound values and returns its rows as a cursor.
    ///
    /// Rows arrive in single-row mode; inside a transaction, when the connection reads through cursors,
    /// a `SELECT` is read through a server-side cursor 10,000 rows at a time instead. A single-row
    /// result still streaming on this connection is abandoned first.
    public func query(_ statement: RenderedSQL) throws -> any SQLRows {
        connection.streamingRows?.abandon()
        let insideTransaction = connection.isInTransaction
        guard insideTransaction, readsThroughCursors, Self.returnsRows(statement.text) else {
            try connection.sendSingleRow(statement.text, statement.bindings)
            return PostgresRows(
                connection: connection, source: .singleRow(insideTransaction: insideTransaction), sql: statement.text)
        }
        cursorCount += 1
        let name = "scorecard_rows_\(cursorCount)"
        try connection.execute(
            "DECLARE \(name) NO SCROLL CURSOR FOR " + statement.text, statement.bindings, reportedSQL: statement.text)
        return PostgresRows(
            connection: connection,
            source: .cursor(name: name, batchSize: Self.batchSize, transaction: connection.transactionNumber),
            sql: statement.text)
    }

    /// Ends the session (`PQfinish`); later calls throw.
    public func close() { connection.close() }

    /// True for a statement a cursor can be declared for (`SELECT`, `WITH`, `VALUES`, `TABLE`);
    /// any other runs on its own, so it fails (or succeeds) as it would in `psql`.
    static func returnsRows(_ sql: String) -> Bool {
        let start = sql.drop(while: { $0.isWhitespace || $0 == "(" }).prefix(6).uppercased()
        return ["SELECT", "WITH", "VALUES", "TABLE"].contains { start.hasPrefix($0) }
    }
}
