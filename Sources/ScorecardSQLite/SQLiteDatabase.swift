import CSQLite
import Foundation

/// A connection to one SQLite database file, over the system libsqlite3.
///
/// ```swift
/// let db = try SQLiteDatabase(path: "crm.db", mode: .readOnly)
/// let total = try db.readTransaction {
///     let statement = try db.prepare("SELECT sum(net_amount) FROM orders WHERE status = ?")
///     try statement.bind([.text("completed")])
///     return try statement.step() ? statement.double(at: 0) : 0
/// }
/// ```
///
/// A connection is not `Sendable`: use it from one task or thread at a time.
/// The connection closes when the object is released, or earlier with `close()`.
public final class SQLiteDatabase {
    /// How the file is opened.
    public enum Mode: Sendable, Equatable {
        /// Reads only; the file must exist and be a SQLite database. Nothing is left beside it
        /// and WAL databases on read-only storage can be read (see ``ReadOnlyOpening``).
        case readOnly
        /// Reads and writes, creating the file when it does not exist.
        case readWriteCreate
    }

    /// The path the connection was opened with.
    public let path: String
    /// The mode the connection was opened with.
    public let mode: Mode
    /// The most of the file read through a memory map (``mapIntoMemory(upTo:)``); 0 for none.
    public private(set) var mappedBytes = 0
    /// True (the default) when the engine reads rows rather than have SQLite group them
    /// (``SQLDatabase/prefersRowScans``); tests turn it off to run the plan's grouped queries,
    /// which every other database runs, on SQLite. A snapshot reader takes it over.
    public var prefersRowScans = true
    /// The `sqlite3*` handle; nil once closed.
    private(set) var handle: OpaquePointer?

    /// Opens the database at `path`, with a busy timeout (5 seconds unless given).
    ///
    /// In read-only mode a missing file throws `.fileNotFound` and a file that is not a
    /// SQLite database throws `.notADatabase`; no file is ever created.
    public init(path: String, mode: Mode, busyTimeout: Duration = .seconds(5)) throws {
        self.path = path
        self.mode = mode
        if mode == .readOnly { try Self.checkFileExists(path) }
        _ = Self.configured
        var db: OpaquePointer?
        // Read-only: how depends on the journal mode and the storage (see ReadOnlyOpening).
        let opening = mode == .readOnly ? ReadOnlyOpening.choose(for: path) : nil
        if case .unreadable(let reason)? = opening {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: reason, path: path, kind: .cannotOpen)
        }
        // A connection is used from one thread at a time, so SQLite need not lock it on every call.
        let (name, flags) =
            opening?.arguments(for: path) ?? (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message, path: path)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Self.milliseconds(busyTimeout))
        if opening == .queryOnly { try execute("PRAGMA query_only = ON") }
        try checkIsDatabase()
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Process-wide SQLite settings, applied once before the first connection opens.
    private static let configured: Bool = scorecard_sqlite3_disable_memstatus() == SQLITE_OK

    /// Closes the connection; later calls throw. Statements still alive keep it open until released.
    public func close() {
        sqlite3_close_v2(handle)
        handle = nil
    }

    /// Runs SQL that returns no rows; several statements separated by semicolons are allowed.
    public func execute(_ sql: String) throws {
        let db = try openHandle()
        let rc = sqlite3_exec(db, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(code: rc, sql: sql) }
    }

    /// Lets SQLite read up to `bytes` of the file through a memory map (`PRAGMA mmap_size`).
    ///
    /// The map saves copying every page read into SQLite's own cache: scans that look rows up in
    /// other tables read pages again and again. (An integer we choose, not input: a PRAGMA takes
    /// no bound values.)
    ///
    /// The mapped pages count toward the process's resident size, though they are the kernel's
    /// file cache, not memory of its own. As SQLite's documentation warns, a file cut short by
    /// another program while mapped makes reads past its end fail with SIGBUS instead of an error;
    /// SQLite's own writers never shrink a file under a reader's lock.
    public func mapIntoMemory(upTo bytes: Int) throws {
        try execute("PRAGMA mmap_size = \(bytes)")
        mappedBytes = bytes
    }

    /// Compiles one SQL statement for binding and stepping.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(database: self, sql: sql)
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// The number of rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int {
        handle.map { Int(sqlite3_changes($0)) } ?? 0
    }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool {
        handle.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }

    /// The live handle, or a misuse error once closed.
    func openHandle() throws -> OpaquePointer {
        guard let handle else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "the connection is closed", path: path, kind: .misuse)
        }
        return handle
    }

    /// The connection's current error as a `SQLiteError`, with the SQL that caused it.
    func error(code: Int32, sql: String? = nil) -> SQLiteError {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        return SQLiteError(code: code, message: message, path: path, sql: sql)
    }

    /// Reads the schema version, which fails cleanly when the file is not a database.
    private func checkIsDatabase() throws {
        if mode == .readOnly, let size = Self.fileSize(path), size == 0 {
            throw SQLiteError(code: SQLITE_NOTADB, message: "the file is empty", path: path)
        }
        do {
            let statement = try prepare("PRAGMA schema_version")
            _ = try statement.step()
        } catch let failure as SQLiteError {
            close()
            throw failure
        }
    }

    private static func checkFileExists(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "no such file", path: path, kind: .fileNotFound)
        }
        if isDirectory.boolValue {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "the path is a directory", path: path, kind: .cannotOpen)
        }
    }

    private static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }
}
