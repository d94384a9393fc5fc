import CSQLite
import ScorecardSQL

/// SQLite behind the engine's database protocol: statements rendered by ``SQLiteDialect``,
/// snapshots as read transactions, failures as ``DatabaseError``.
extension SQLiteDatabase: SQLDatabase {
    /// Opens a database file read-only for an evaluation (see ``ReadOnlyOpening``).
    ///
    /// The connection gets the functions the SQLite dialect renders (`percentile_cont`,
    /// `scorecard_not_number`), a 32 MiB page cache and a memory map of at most `mappedBytes`
    /// (none by default) of the file. SQLite's failures are thrown as ``DatabaseError``.
    ///
    /// The mapped pages count toward the process's resident memory, once per connection, so
    /// there is no map by default: SQLite's own page cache is bounded. Reading through the
    /// page cache cost no measurable CPU on the demo (docs/performance.md).
    public static func openForReading(path: String, mappedBytes: Int = defaultMappedBytes) throws -> SQLiteDatabase {
        try translatingErrors {
            let database = try SQLiteDatabase(path: path, mode: .readOnly)
            try database.prepareForReading(mappedBytes: mappedBytes)
            return database
        }
    }

    /// The memory map an evaluation's connections get: none, since mapped pages count as resident memory.
    public static let defaultMappedBytes = 0

    private func prepareForReading(mappedBytes: Int) throws {
        try mapIntoMemory(upTo: mappedBytes)
        try execute("PRAGMA cache_size = \(Self.cacheSize)")
        try registerPercentileAggregate()
        try registerRowChecks()
    }

    /// The page cache of a reading connection, in KiB as `PRAGMA cache_size` takes it (negative).
    /// It also bounds the sorter's memory before it spills to temporary files: 32 MiB lets the
    /// sorts of percentiles and breakdowns run mostly in memory.
    static let cacheSize = -32768
    /// The page cache during a row scan: 4 MiB holds the B-trees' upper levels; the leaves are read once.
    static let scanCacheSize = -4096

    /// Frees the page cache's unused pages (`sqlite3_db_release_memory`): up to its 32 MiB.
    public func releaseCachedMemory() {
        if let handle = try? openHandle() { sqlite3_db_release_memory(handle) }
    }

    /// Runs `body` with a 4 MiB page cache (``scanCacheSize``), then restores the 32 MiB: a row
    /// scan reads each page once, and the large demo's peak memory fell by the difference.
    public func scanningRows<T>(_ body: () throws -> T) throws -> T {
        try Self.translatingErrors { try execute("PRAGMA cache_size = \(Self.scanCacheSize)") }
        defer { try? execute("PRAGMA cache_size = \(Self.cacheSize)") }
        return try body()
    }

    /// The one shared ``SQLiteDialect``: `?` placeholders and SQLite's functions.
    public var dialect: SQLDialect { Self.sqliteDialect }
    private static let sqliteDialect = SQLiteDialect()

    /// The file's path as opened, or "in-memory database" for an empty path or `:memory:`.
    public var displayName: String { path.isEmpty || path == ":memory:" ? "in-memory database" : path }

    /// Prepares the statement and binds its values; the returned statement is the row cursor.
    public func query(_ statement: RenderedSQL) throws -> any SQLRows {
        try Self.translatingErrors {
            let prepared = try prepare(statement.text)
            try prepared.bind(statement.bindings.map(SQLiteValue.init))
            return prepared
        }
    }

    /// Runs `body` in a read transaction (`BEGIN DEFERRED`, its snapshot pinned at the start).
    public func readSnapshot<T>(_ body: () throws -> T) throws -> T {
        try Self.translatingErrors { try readTransaction(body) }
    }

    /// A second read-only connection, when SQLite's locking guarantees it sees this one's snapshot.
    ///
    /// This connection's read transaction holds a SHARED lock from its start. In rollback-journal
    /// mode no writer can commit while it is held, so a second connection that starts its own read
    /// transaction meanwhile sees exactly the same data. A WAL database gives no such guarantee (a
    /// writer may commit between the two starts): there it returns nil. The second connection waits
    /// at most 100 ms for a lock, so a waiting writer makes its snapshot fail rather than differ.
    public func openSnapshotReader() throws -> (any SQLDatabase)? {
        try Self.translatingErrors {
            guard isInTransaction, try journalMode() != "wal" else { return nil }
            let reader = try SQLiteDatabase(path: path, mode: .readOnly, busyTimeout: .milliseconds(100))
            try reader.prepareForReading(mappedBytes: mappedBytes)
            reader.prefersRowScans = prefersRowScans
            return reader
        }
    }

    /// The tables and views of the main database, with their columns' types.
    ///
    /// SQLite's own `sqlite_` tables are left out; each may also be named `main.orders`.
    public func tables() throws -> [DatabaseTable] {
        try Self.translatingErrors {
            try tableNames().map {
                DatabaseTable(name: $0, qualifiedName: "main." + $0, columns: try tableColumnTypes($0))
            }
        }
    }

    private func journalMode() throws -> String {
        let statement = try prepare("PRAGMA journal_mode")
        return try statement.step() ? (statement.string(at: 0) ?? "").lowercased() : ""
    }

    /// Runs `body`, turning SQLite's errors into ``DatabaseError``; other errors pass through.
    static func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw error.databaseError
        }
    }
}

extension SQLiteStatement: SQLRows {
    /// Steps to the next row (`sqlite3_step`); false when the statement is done.
    public func next() throws -> Bool { try SQLiteDatabase.translatingErrors { try step() } }
    /// True when the column's storage class in the current row is NULL.
    public func isNull(_ column: Int) -> Bool { isNull(at: column) }
    /// The column through `sqlite3_column_int64`: reals truncated, text read by SQLite, NULL as 0.
    public func integer(_ column: Int) -> Int64 { int64(at: column) }
    /// The column through `sqlite3_column_double`, with SQLite's conversions (NULL as 0).
    public func real(_ column: Int) -> Double { double(at: column) }
    /// The column as text, numbers written by SQLite; nil for NULL.
    public func text(_ column: Int) -> String? { string(at: column) }
    /// The column with its storage class, exactly as SQLite holds it.
    public func value(_ column: Int) -> SQLValue { SQLValue(value(at: column)) }
    /// The column's storage class in the current row, read without converting the value.
    public func kind(_ column: Int) -> SQLValue.Kind {
        switch storageClass(at: column) {
        case .null: .null
        case .integer: .integer
        case .real: .real
        case .text: .text
        case .blob: .blob
        }
    }
    /// SQLite's own reading (`sqlite3_value_numeric_type`), as `scorecard_not_number` does.
    public func readsAsNumber(_ column: Int) -> Bool { readsAsNumber(at: column) }
    /// The column's text straight from SQLite's buffer, no copy (nil for NULL); valid inside `body` only.
    public func withUTF8<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result?
    {
        try withUTF8(at: column, body)
    }
}

extension SQLiteValue {
    /// The neutral value bound for a statement.
    init(_ value: SQLValue) {
        switch value {
        case .null: self = .null
        case .integer(let integer): self = .integer(integer)
        case .real(let real): self = .real(real)
        case .text(let text): self = .text(text)
        case .blob(let bytes): self = .blob(bytes)
        }
    }
}

extension SQLValue {
    /// The neutral value of one SQLite reads.
    public init(_ value: SQLiteValue) {
        switch value {
        case .null: self = .null
        case .integer(let integer): self = .integer(integer)
        case .real(let real): self = .real(real)
        case .text(let text): self = .text(text)
        case .blob(let bytes): self = .blob(bytes)
        }
    }
}

extension SQLiteError {
    /// The same failure in the backend-neutral terms the CLI reports.
    public var databaseError: DatabaseError {
        let name = path.map { $0.isEmpty || $0 == ":memory:" ? "in-memory database" : $0 } ?? "the database"
        let kind: DatabaseError.Kind =
            switch self.kind {
            case .fileNotFound: .notFound
            case .notADatabase: .notADatabase
            case .locked: .locked
            case .readOnly: .readOnly
            case .cannotOpen: .cannotConnect
            case .misuse, .other: .query
            }
        return DatabaseError(kind, message: description, database: name, sql: sql)
    }
}
