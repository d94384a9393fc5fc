/// A failure of a database backend, in terms a user can act on.
///
/// Every backend turns its own errors (SQLite result codes, PostgreSQL SQLSTATEs) into one of
/// these kinds, with a message it writes itself; the CLI prints the message and exits with 3.
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

    /// What went wrong, for callers that react to a kind of failure rather than read the message.
    public let kind: Kind
    /// The message for the user, one line written by the backend.
    ///
    /// It names the database and what to do where it can (`database file not found: /data/crm.db`).
    public let message: String
    /// The database as named in messages (``SQLDatabase/displayName``).
    public let database: String
    /// The SQL being run, when relevant (already part of the message where it helps).
    public let sql: String?

    /// A failure of `kind` with the backend's message, the database's display name and the SQL, if any.
    public init(_ kind: Kind, message: String, database: String, sql: String? = nil) {
        self.kind = kind
        self.message = message
        self.database = database
        self.sql = sql
    }

    /// The message alone, without the `error: ` prefix.
    public var description: String { message }
}
