import ScorecardPostgres
import ScorecardSQL
import Testing

/// One read-only REPEATABLE READ snapshot per evaluation, shared with reader connections.
@Suite struct PostgresSnapshotTests {
    static let setup =
        "CREATE TABLE orders (id int PRIMARY KEY, amount numeric(10,2)); INSERT INTO orders VALUES (1, 10), (2, 20);"

    private func count(_ database: any SQLDatabase) throws -> [SQLValue] {
        try database.values("SELECT count(*) FROM orders")
    }

    @Test func aCommitDuringTheSnapshotIsInvisibleInsideAndVisibleAfter() throws {
        let fixture = try PostgresFixture(Self.setup)
        let database = try fixture.connect()
        let (before, during) = try database.readSnapshot {
            let before = try count(database)
            try fixture.execute("INSERT INTO orders VALUES (3, 30)")
            return (before, try count(database))
        }
        #expect(before == [.integer(2)] && during == [.integer(2)])
        #expect(try count(database) == [.integer(3)])
        #expect(try fixture.execute("SELECT count(*) FROM orders") == "3\n")
    }

    @Test func theSnapshotIsTakenWhenItBeginsNotAtTheFirstQuery() throws {
        let fixture = try PostgresFixture(Self.setup)
        let database = try fixture.connect()
        let during = try database.readSnapshot {
            try fixture.execute("INSERT INTO orders VALUES (3, 30)")
            return try count(database)
        }
        #expect(during == [.integer(2)])
    }

    @Test func aReaderSeesTheSameSnapshot() throws {
        let fixture = try PostgresFixture(Self.setup)
        let database = try fixture.connect()
        let (mine, readers) = try database.readSnapshot {
            let reader = try #require(try database.openSnapshotReader())
            defer { reader.close() }
            try fixture.execute("INSERT INTO orders VALUES (3, 30); DELETE FROM orders WHERE id = 1;")
            let readers = try reader.readSnapshot { try reader.values("SELECT id FROM orders ORDER BY id") }
            return (try database.values("SELECT id FROM orders ORDER BY id"), readers)
        }
        #expect(mine == [.integer(1), .integer(2)] && readers == mine)
        #expect(try database.values("SELECT id FROM orders ORDER BY id") == [.integer(2), .integer(3)])
    }

    @Test func noReaderOutsideASnapshot() throws {
        let database = try PostgresFixture().connect()
        #expect(try database.openSnapshotReader() == nil)
    }

    @Test func writesFailAsReadOnlyInsideAndOutsideTheSnapshot() throws {
        let fixture = try PostgresFixture(Self.setup)
        let database = try fixture.connect()
        let inside = #expect(throws: DatabaseError.self) {
            try database.readSnapshot { _ = try database.query("INSERT INTO orders VALUES (9, 1)").next() }
        }
        #expect(inside?.kind == .readOnly)
        let outside = #expect(throws: DatabaseError.self) {
            _ = try database.query("DELETE FROM orders").next()
        }
        #expect(outside?.kind == .readOnly)
        #expect(try fixture.execute("SELECT count(*) FROM orders") == "2\n")
        // The failed snapshot was rolled back: the connection keeps working.
        #expect(try count(database) == [.integer(2)])
    }

    @Test func aThrowingBodyRollsBackAndRethrows() throws {
        struct Stop: Error {}
        let database = try PostgresFixture(Self.setup).connect()
        #expect(throws: Stop.self) { try database.readSnapshot { throw Stop() } }
        // No transaction is left open: a statement on its own runs at the default isolation level.
        #expect(try database.values("SHOW transaction_isolation") == [.text("read committed")])
        #expect(try database.readSnapshot { try count(database) } == [.integer(2)])
    }
}
