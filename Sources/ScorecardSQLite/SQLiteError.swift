import CSQLite

/// An error reported by SQLite or by the wrapper, with the result code and context.
///
/// Its `description` is a message fit for a user, for example
/// `database file not found: /data/crm.db` or `database is locked: /data/crm.db`.
public struct SQLiteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The broad kind of failure, for callers that map errors to exit codes or messages.
    public enum Kind: Sendable, Equatable {
        /// The database file does not exist (read-only mode never creates it).
        case fileNotFound
        /// The file is not a SQLite database, or it is corrupt.
        case notADatabase
        /// Another connection holds a lock (SQLITE_BUSY or SQLITE_LOCKED) past the busy timeout.
        case locked
        /// A write was attempted on a read-only connection or file.
        case readOnly
        /// The file could not be opened (permissions, a directory, a missing folder).
        case cannotOpen
        /// The wrapper was used incorrectly (for example several statements given to `prepare`).
        case misuse
        /// Any other SQLite error (syntax errors, constraint violations, ...).
        case other
    }

    /// The broad kind of failure.
    public let kind: Kind
    /// The SQLite result code (possibly an extended code; see `primaryCode`).
    public let code: Int32
    /// The message from `sqlite3_errmsg`, or the wrapper's own explanation.
    public let message: String
    /// The database path, when known.
    public let path: String?
    /// The SQL being prepared or run, when relevant.
    public let sql: String?

    /// Creates an error; the kind is derived from the code unless given.
    public init(code: Int32, message: String, path: String? = nil, sql: String? = nil, kind: Kind? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.sql = sql
        self.kind = kind ?? Self.kind(for: code)
    }

    /// The primary result code (the low byte of an extended code), e.g. `SQLITE_BUSY`.
    public var primaryCode: Int32 { code & 0xff }

    /// A one-line message for the user.
    public var description: String {
        let where_ = path.map { Self.displayPath($0) } ?? "the database"
        switch kind {
        case .fileNotFound: return "database file not found: \(where_)"
        case .notADatabase: return "\(where_) is not a SQLite database or is corrupt"
        case .locked: return "database is locked: \(where_)" + sqlSuffix
        case .readOnly: return "cannot write to a read-only database: \(where_)" + sqlSuffix
        case .cannotOpen: return "cannot open database \(where_): \(message)"
        case .misuse, .other:
            let location = path.map { " (database \(Self.displayPath($0)))" } ?? ""
            return "SQLite error \(code): \(message)\(location)" + sqlSuffix
        }
    }

    private var sqlSuffix: String {
        guard let sql else { return "" }
        let oneLine = sql.split(whereSeparator: \.isNewline).joined(separator: " ")
        let shown = oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine
        return " in SQL: \(shown)"
    }

    private static func displayPath(_ path: String) -> String {
        path.isEmpty || path == ":memory:" ? "in-memory database" : path
    }

    /// Maps a result code to its kind.
    static func kind(for code: Int32) -> Kind {
        switch code & 0xff {
        case SQLITE_NOTADB, SQLITE_CORRUPT: return .notADatabase
        case SQLITE_BUSY, SQLITE_LOCKED: return .locked
        case SQLITE_READONLY: return .readOnly
        case SQLITE_CANTOPEN: return .cannotOpen
        case SQLITE_MISUSE: return .misuse
        default: return .other
        }
    }
}
