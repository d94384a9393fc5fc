/// A failure of a database backend, in terms a user can act on.
///
/// Every backend turns its own errors (SQLite result codes, PostgreSQL SQLSTATEs) into one of
/// these kinds; the CLI turns every one into a message and exit code 3. The ``description`` is
/// the message, e.g. `database file not found: /data/crm.db`.
public struct DatabaseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, broadly.
    public enum Kind: String, Sendable, Equatable {
        /// The database does not exist (a missing file, an unknown database name).
        case notFound
        /// The file is not a database of that kind, or it is corrupt.
        case notADatabase
        /// The database could not be opened or reached (permissions, network, server down).
        case cannotConnect
        /// The server refused the credentials or the connection's security.
        case authentication
        /// The user may not read a table or view.
        case permissionDenied
        /// Another connection holds a lock past the wait allowed.
        case locked
        /// A statement ran longer than allowed.
        case timeout
        /// The connection was lost while reading.
        case connectionLost
        /// A write was attempted on a read-only connection.
        case readOnly
        /// Anything else the database reported about a statement (syntax, types, limits).
        case query
    }

    public let kind: Kind
    /// The database's own message, or the backend's explanation.
    public let message: String
    /// The database as named in messages (``SQLDatabase/displayName``).
    public let database: String
    /// The SQL being run, when relevant.
    public let sql: String?

    public init(_ kind: Kind, message: String, database: String, sql: String? = nil) {
        self.kind = kind
        self.message = message
        self.database = database
        self.sql = sql
    }

    /// A one-line message for the user.
    public var description: String {
        switch kind {
        case .notFound: "database not found: \(database)" + detail
        case .notADatabase: "\(database) is not a database or is corrupt" + detail
        case .cannotConnect: "cannot open database \(database): \(message)"
        case .authentication: "cannot log in to \(database): \(message)"
        case .permissionDenied: "permission denied in \(database): \(message)"
        case .locked: "database is locked: \(database)" + sqlSuffix
        case .timeout: "statement timed out in \(database): \(message)" + sqlSuffix
        case .connectionLost: "lost the connection to \(database): \(message)"
        case .readOnly: "cannot write to a read-only database: \(database)" + sqlSuffix
        case .query: "database error in \(database): \(message)" + sqlSuffix
        }
    }

    private var detail: String { message.isEmpty ? "" : " (\(message))" }

    private var sqlSuffix: String {
        guard let sql else { return "" }
        let oneLine = sql.split(whereSeparator: \.isNewline).joined(separator: " ")
        let shown = oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine
        return " in SQL: \(shown)"
    }
}
