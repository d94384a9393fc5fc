/// A database that runs Scorecard's SQL: the boundary between the engine and a backend.
///
/// The engine plans queries as trees (``SQLSelect``), renders them with the database's
/// ``dialect`` and runs them through ``query(_:)``; it never names a backend's own types. A
/// backend (SQLite, PostgreSQL) opens its connection read-only, so nothing an evaluation does
/// can write, and turns its failures into ``DatabaseError``.
///
/// ```swift
/// let statement = database.dialect.render(select)
/// let rows = try database.query(statement)
/// while try rows.next() { total += rows.real(1) }
/// ```
///
/// A connection is used from one thread at a time.
public protocol SQLDatabase: AnyObject {
    /// The dialect every statement for this database is rendered in.
    var dialect: SQLDialect { get }

    /// The database as named in messages: a file path, or a URL without its password.
    var displayName: String { get }

    /// Runs one rendered statement with its bound values; its rows are read from the cursor.
    func query(_ statement: RenderedSQL) throws -> any SQLRows

    /// Runs `body` inside one read-only snapshot: every query in it sees the same data, whatever
    /// other programs commit meanwhile. Ends the snapshot when `body` returns or throws.
    func readSnapshot<T>(_ body: () throws -> T) throws -> T

    /// Opens a second connection that reads exactly the snapshot this one is reading (called
    /// inside ``readSnapshot(_:)``), for reading in parallel; nil when the backend cannot
    /// promise the same snapshot. The caller uses it inside the returned connection's own
    /// ``readSnapshot(_:)`` from one other thread, and closes it.
    func openSnapshotReader() throws -> (any SQLDatabase)?

    /// The tables and views a metrics file may name, with their columns.
    func tables() throws -> [DatabaseTable]

    /// Reads time-zone-aware times (PostgreSQL's `timestamptz`) in the IANA zone `identifier`
    /// from now on, for this connection and the snapshot readers it opens. A backend without
    /// such times (SQLite) does nothing. Throws ``DatabaseError`` when the database does not know
    /// the zone (kind ``DatabaseError/Kind/query``).
    func useTimeZone(_ identifier: String) throws

    /// True when a quoted identifier matches only its own spelling (PostgreSQL: `"Orders"` is not
    /// `orders`); false when case does not matter (SQLite). Schema validation matches names so.
    var identifiersAreCaseSensitive: Bool { get }

    /// Closes the connection; later calls throw.
    func close()

    /// Gives back the memory the connection caches for reading (SQLite's page cache), before
    /// long work that reads nothing (the CLV fits); later queries fill it again.
    func releaseCachedMemory()

    /// Runs `body`, which reads rows once in order (a row scan), with the small read cache such a
    /// pass needs: a page read is not read again, so a large cache only holds memory.
    func scanningRows<T>(_ body: () throws -> T) throws -> T

    /// Runs `body` so that a statement failing in it leaves the snapshot usable for the queries
    /// after: PostgreSQL aborts a whole transaction at its first error, so the body runs after a
    /// savepoint and a failure rolls back to it. A failed statement ends nothing in SQLite.
    func isolatingFailures<T>(_ body: () throws -> T) throws -> T

    /// True when reading rows costs less than the database's own grouping (an in-process
    /// database such as SQLite, which sorts for GROUP BY): the engine then adds up a source's
    /// months from a row scan, with the same result (see ``SourceAggregateQueries/monthlyScan``).
    var prefersRowScans: Bool { get }
}

extension SQLDatabase {
    /// False: by default the database groups rows itself, which suits a server.
    public var prefersRowScans: Bool { false }

    /// Nothing: by default a database has no time-zone-aware times.
    public func useTimeZone(_ identifier: String) throws {}

    /// Nothing: by default the connection caches nothing worth giving back (a server caches for itself).
    public func releaseCachedMemory() {}

    /// Runs `body` as it is: by default the connection's cache is the server's business.
    public func scanningRows<T>(_ body: () throws -> T) throws -> T { try body() }

    /// Runs `body` as it is: by default a failed statement leaves the snapshot usable.
    public func isolatingFailures<T>(_ body: () throws -> T) throws -> T { try body() }

    /// False: by default names match whatever their case, as in SQLite.
    public var identifiersAreCaseSensitive: Bool { false }

    /// Renders a select with this database's dialect and runs it.
    public func query(_ select: SQLSelect) throws -> any SQLRows {
        try query(dialect.render(select))
    }
}
