import ScorecardSQL

/// SQLite behind the engine's database protocol: statements rendered by ``SQLiteDialect``,
/// snapshots as read transactions, failures as ``DatabaseError``.
extension SQLiteDatabase: SQLDatabase {
    /// Opens a database file for an evaluation: read-only (see ``ReadOnlyOpening``), with the
    /// functions the SQLite dialect renders (`percentile_cont`, `scorecard_not_number`) and a
    /// memory map of at most `mappedBytes` of the file.
    ///
    /// The mapped pages count toward the process's resident memory, so the map is kept small
    /// by default: SQLite's own page cache is bounded, the map is not.
    public static func openForReading(path: String, mappedBytes: Int = 64 << 20) throws -> SQLiteDatabase {
        try translatingErrors {
            let database = try SQLiteDatabase(path: path, mode: .readOnly)
            try database.prepareForReading(mappedBytes: mappedBytes)
            return database
        }
    }

    private func prepareForReading(mappedBytes: Int) throws {
        try mapIntoMemory(upTo: mappedBytes)
        // The page cache also bounds the sorter's memory before it spills to temporary files:
        // 32 MiB lets the per-key GROUP BY of a large source sort mostly in memory.
        try execute("PRAGMA cache_size = -32768")
        try registerPercentileAggregate()
        try registerRowChecks()
    }

    public var dialect: SQLDialect { Self.sqliteDialect }
    private static let sqliteDialect = SQLiteDialect()

    /// In process, SQLite hands over rows faster than it sorts them for GROUP BY.
    public var prefersRowScans: Bool { true }

    public var displayName: String { path.isEmpty || path == ":memory:" ? "in-memory database" : path }

    public func query(_ statement: RenderedSQL) throws -> any SQLRows {
        try Self.translatingErrors {
            let prepared = try prepare(statement.text)
            try prepared.bind(statement.bindings.map(SQLiteValue.init))
            return prepared
        }
    }

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
            try reader.prepareForReading(mappedBytes: 64 << 20)
            return reader
        }
    }

    public func tables() throws -> [DatabaseTable] {
        try Self.translatingErrors {
            try tableNames().map { DatabaseTable(name: $0, columns: try tableColumnTypes($0)) }
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
    public func next() throws -> Bool { try SQLiteDatabase.translatingErrors { try step() } }
    public func isNull(_ column: Int) -> Bool { isNull(at: column) }
    public func integer(_ column: Int) -> Int64 { int64(at: column) }
    public func real(_ column: Int) -> Double { double(at: column) }
    public func text(_ column: Int) -> String? { string(at: column) }
    public func value(_ column: Int) -> SQLValue { SQLValue(value(at: column)) }
    public func kind(_ column: Int) -> SQLValue.Kind {
        switch storageClass(at: column) {
        case .null: .null
        case .integer: .integer
        case .real: .real
        case .text: .text
        case .blob: .blob
        }
    }
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
