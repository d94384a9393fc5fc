import CSQLite

/// One compiled SQL statement: bind values by index, step through rows, read columns.
///
/// ```swift
/// let insert = try db.prepare("INSERT INTO regions (id, name) VALUES (?, ?)")
/// try insert.run([.integer(1), .text("Côte d'Azur")])   // bind, step to the end, reset
///
/// let query = try db.prepare("SELECT id, name FROM regions WHERE id > ?")
/// try query.bind([.integer(0)])
/// while try query.step() { print(query.int64(at: 0), query.string(at: 1) ?? "NULL") }
/// ```
///
/// Values are always bound, never pasted into SQL. The statement is finalized on deinit;
/// it keeps its database connection alive.
public final class SQLiteStatement {
    /// The SQL text of the statement.
    public let sql: String
    /// The connection the statement belongs to.
    public let database: SQLiteDatabase
    /// The `sqlite3_stmt*` handle.
    let handle: OpaquePointer

    /// Compiles exactly one statement; trailing text other than whitespace and `;` is an error.
    init(database: SQLiteDatabase, sql: String) throws {
        let db = try database.openHandle()
        var statement: OpaquePointer?
        var trailing = ""
        let rc = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v2(db, text, -1, &statement, &tail)
            if let tail { trailing = String(cString: tail) }
            return rc
        }
        guard rc == SQLITE_OK else { throw database.error(code: rc, sql: sql) }
        guard let statement else {
            throw SQLiteError(
                code: SQLITE_MISUSE, message: "no SQL statement given", path: database.path, sql: sql, kind: .misuse)
        }
        guard trailing.allSatisfy({ $0.isWhitespace || $0 == ";" }) else {
            sqlite3_finalize(statement)
            throw SQLiteError(
                code: SQLITE_MISUSE, message: "prepare takes one statement; use execute for several",
                path: database.path, sql: sql, kind: .misuse)
        }
        self.sql = sql
        self.database = database
        self.handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// The number of `?` parameters in the statement.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Resets the statement and binds `values` to parameters 1, 2, ... (their count must match).
    public func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard values.count == parameterCount else {
            throw SQLiteError(
                code: SQLITE_RANGE, message: "\(values.count) values bound to \(parameterCount) parameters",
                path: database.path, sql: sql, kind: .misuse)
        }
        for (offset, value) in values.enumerated() {
            let rc = bind(value, at: Int32(offset + 1))
            guard rc == SQLITE_OK else { throw database.error(code: rc, sql: sql) }
        }
    }

    /// Advances to the next row: true when a row is available, false when the statement is done.
    ///
    /// On error the statement is reset, so it can be bound and run again.
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let failure = database.error(code: rc, sql: sql)
            sqlite3_reset(handle)
            throw failure
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() throws {
        let rc = sqlite3_reset(handle)
        guard rc == SQLITE_OK else { throw database.error(code: rc, sql: sql) }
    }

    /// Binds `values`, steps until the statement is done and resets it: for INSERT, UPDATE, DELETE.
    public func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        while try step() {}
        try reset()
    }

    private func bind(_ value: SQLiteValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .integer(let number):
            return sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            return sqlite3_bind_double(handle, index, number)
        case .text(let text):
            return text.withCString { sqlite3_bind_text(handle, index, $0, Int32(text.utf8.count), Self.transient) }
        case .blob(let bytes):
            if bytes.isEmpty { return sqlite3_bind_zeroblob(handle, index, 0) }
            return bytes.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
            }
        }
    }

    /// `SQLITE_TRANSIENT`: SQLite copies the bound bytes before the call returns.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(-1 as Int, to: sqlite3_destructor_type.self)
    }
}
