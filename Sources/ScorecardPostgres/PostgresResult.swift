import CPostgres

/// One libpq result (`PGresult`), freed when released: a batch of rows, or a command's outcome.
final class PostgresResult {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { PQclear(handle) }

    var status: ExecStatusType { PQresultStatus(handle) }

    /// True for a command's success or rows (complete, or one row in single-row mode).
    var succeeded: Bool {
        [PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE, PGRES_COPY_IN].contains(status)
    }

    var rowCount: Int { Int(PQntuples(handle)) }

    var columnCount: Int { Int(PQnfields(handle)) }

    /// The type OID of a column.
    func type(_ column: Int) -> Oid { PQftype(handle, Int32(column)) }

    /// The SQLSTATE of an error result (`42501`), nil when there is none.
    var sqlState: String? { field(diagnosticSQLState) }

    /// The server's one-line message of an error result, or libpq's whole message.
    var errorMessage: String {
        field(diagnosticPrimaryMessage) ?? String(cString: PQresultErrorMessage(handle))
    }

    private func field(_ code: Int32) -> String? {
        PQresultErrorField(handle, code).map { String(cString: $0) }
    }
}

/// libpq's error field codes (macros of single characters in libpq-fe.h).
private let diagnosticSQLState = Int32(UInt8(ascii: "C"))
private let diagnosticPrimaryMessage = Int32(UInt8(ascii: "M"))

extension PostgresResult {
    /// One value as text, nil when NULL or out of range (for the backend's own small queries).
    func text(row: Int, column: Int) -> String? {
        guard row < rowCount, column < columnCount, PQgetisnull(handle, Int32(row), Int32(column)) == 0 else {
            return nil
        }
        return String(cString: PQgetvalue(handle, Int32(row), Int32(column)))
    }
}
