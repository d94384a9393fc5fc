import CPostgres
import ScorecardSQL

/// One libpq connection (`PGconn`): connecting by URL, running statements with text-format
/// parameters, and turning every failure into a ``DatabaseError`` that never shows the password.
final class PostgresConnection {
    let url: PostgresURL
    /// The `PGconn*`; nil once closed.
    private(set) var handle: OpaquePointer?
    /// Counts the transactions begun, so a cursor knows whether its transaction is still open.
    private(set) var transactionNumber = 0
    /// Rows being read in single-row mode, which must finish before another statement is sent.
    weak var streamingRows: PostgresRows?

    /// Connects with libpq, which also reads the `PG*` variables, `~/.pgpass` and service files.
    init(url: PostgresURL) throws {
        self.url = url
        guard let connection = PQconnectdb(url.text) else {
            throw DatabaseError(.cannotConnect, message: "out of memory", database: url.displayName)
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = PostgresFailure.oneLine(String(cString: PQerrorMessage(connection)))
            let (kind, explanation) = PostgresFailure.connecting(
                message: message, needsPassword: PQconnectionNeedsPassword(connection) == 1)
            PQfinish(connection)
            throw DatabaseError(kind, message: url.scrub(explanation), database: url.displayName)
        }
        handle = connection
        PQsetClientEncoding(connection, "UTF8")
    }

    deinit { PQfinish(handle) }

    func close() {
        PQfinish(handle)
        handle = nil
    }

    /// True while a transaction block is open (and not failed).
    var isInTransaction: Bool {
        guard let handle else { return false }
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    /// Runs a statement to completion and returns its result; `reportedSQL` is named in errors.
    @discardableResult
    func execute(_ sql: String, _ values: [SQLValue] = [], reportedSQL: String? = nil) throws -> PostgresResult {
        let connection = try liveHandle()
        streamingRows?.abandon()
        let parameters = PostgresParameters(values)
        let raw = parameters.withArrays { types, pointers, lengths, formats in
            PQexecParams(connection, sql, Int32(values.count), types, pointers, lengths, formats, 0)
        }
        return try checked(raw, sql: reportedSQL ?? sql)
    }

    /// Begins a transaction block with `sql` (a `BEGIN …`), counting it for the cursors.
    func begin(_ sql: String) throws {
        transactionNumber += 1
        try execute(sql)
    }

    /// Sends a statement whose rows are then read one at a time with ``nextResult()``.
    func sendSingleRow(_ sql: String, _ values: [SQLValue]) throws {
        let connection = try liveHandle()
        streamingRows?.abandon()
        let parameters = PostgresParameters(values)
        let sent = parameters.withArrays { types, pointers, lengths, formats in
            PQsendQueryParams(connection, sql, Int32(values.count), types, pointers, lengths, formats, 0)
        }
        guard sent == 1, PQsetSingleRowMode(connection) == 1 else { throw connectionError(sql: sql) }
    }

    /// The next result of a sent statement (one row, the end, or an error); nil after the last.
    func nextResult(sql: String) throws -> PostgresResult? {
        let connection = try liveHandle()
        guard let raw = PQgetResult(connection) else { return nil }
        return try checked(raw, sql: sql)
    }

    /// Discards every remaining result of a sent statement, asking the server to stop it first
    /// when no transaction would be spoilt by the cancellation.
    func drain(cancelling: Bool) {
        guard let handle else { return }
        if cancelling, let cancel = PQgetCancel(handle) {
            var buffer = [CChar](repeating: 0, count: 256)
            _ = PQcancel(cancel, &buffer, Int32(buffer.count))
            PQfreeCancel(cancel)
        }
        while let raw = PQgetResult(handle) { PQclear(raw) }
    }

    /// An error from the server or libpq, with its kind, naming the SQL when relevant.
    func error(_ result: PostgresResult?, sql: String?) -> DatabaseError {
        var kind = PostgresFailure.kind(sqlState: result?.sqlState)
        if let handle, PQstatus(handle) == CONNECTION_BAD { kind = .connectionLost }
        let message = result?.errorMessage ?? handle.map { String(cString: PQerrorMessage($0)) } ?? ""
        let shownSQL = [.query, .timeout, .readOnly].contains(kind) ? sql : nil
        return DatabaseError(
            kind, message: url.scrub(PostgresFailure.oneLine(message)), database: url.displayName,
            sql: shownSQL.map(url.scrub))
    }

    private func connectionError(sql: String) -> DatabaseError { error(nil, sql: sql) }

    private func checked(_ raw: OpaquePointer?, sql: String) throws -> PostgresResult {
        guard let raw else { throw connectionError(sql: sql) }
        let result = PostgresResult(raw)
        guard result.succeeded else {
            throw error(result, sql: sql)
        }
        return result
    }

    private func liveHandle() throws -> OpaquePointer {
        guard let handle else {
            throw DatabaseError(.query, message: "the connection is closed", database: url.displayName)
        }
        return handle
    }
}
