import ScorecardSQL
import Testing

@testable import ScorecardPostgres

/// Results stream: one row at a time (single-row mode, the default) or in batches from a cursor.
@Suite struct PostgresStreamingTests {
    static let count = 100_000

    /// Reads a generated series of rows and checks every row arrives once, in order.
    private func readSeries(_ database: PostgresDatabase) throws -> (rows: Int, sum: Int64, inOrder: Bool) {
        let rows = try database.query(
            "SELECT n, 'row ' || n FROM generate_series(1, $1) AS n", [.integer(Int64(Self.count))])
        var (count, sum, previous, inOrder) = (0, Int64(0), Int64(0), true)
        while try rows.next() {
            let n = rows.integer(0)
            inOrder = inOrder && n == previous + 1 && rows.text(1) == "row \(n)"
            (count, sum, previous) = (count + 1, sum + n, n)
        }
        return (count, sum, inOrder)
    }

    @Test func aHundredThousandRowsStreamInsideASnapshot() throws {
        let database = try PostgresFixture().connect()
        let read = try database.readSnapshot { try readSeries(database) }
        let n = Int64(Self.count)
        #expect(read.rows == Self.count && read.sum == n * (n + 1) / 2 && read.inOrder)
    }

    @Test func aHundredThousandRowsStreamOutsideASnapshot() throws {
        let database = try PostgresFixture().connect()
        let read = try readSeries(database)
        let n = Int64(Self.count)
        #expect(read.rows == Self.count && read.sum == n * (n + 1) / 2 && read.inOrder)
    }

    @Test func twoCursorsReadInterleavedInASnapshot() throws {
        let database = try PostgresFixture().connect()
        database.readsThroughCursors = true
        try database.readSnapshot {
            let first = try database.query("SELECT n FROM generate_series(1, 25000) AS n")
            let second = try database.query("SELECT -n FROM generate_series(1, 25000) AS n")
            var total: Int64 = 0
            while try first.next() {
                #expect(try second.next())
                total += first.integer(0) + second.integer(0)
            }
            #expect(total == 0)
            #expect(try !second.next())
        }
    }

    @Test func anotherStatementAbandonsUnfinishedSingleRowReading() throws {
        let database = try PostgresFixture().connect()
        let first = try database.query("SELECT n FROM generate_series(1, 50000) AS n")
        #expect(try first.next())
        #expect(try database.values("SELECT 7") == [.integer(7)])
        #expect(throws: DatabaseError.self) { try first.next() }
    }

    @Test func rowsLeftUnreadAreDiscardedWhenReleased() throws {
        let database = try PostgresFixture().connect()
        for _ in 0..<3 {
            // One row of many read, then the rows released: the connection takes the next statement.
            let first = try database.query("SELECT n FROM generate_series(1, 50000) AS n")
            #expect(try first.next() && first.integer(0) == 1)
        }
        let single = try database.query("SELECT 41 + 1")
        #expect(try single.next() && single.integer(0) == 42)
        #expect(try database.values("SELECT 5") == [.integer(5)])
    }

    @Test func cursorRowsReadAfterTheirSnapshotEndedSaySo() throws {
        let database = try PostgresFixture().connect()
        database.readsThroughCursors = true
        let rows = try database.readSnapshot { try database.query("SELECT n FROM generate_series(1, 10) AS n") }
        let error = #expect(throws: DatabaseError.self) { try rows.next() }
        #expect(error?.message.contains("snapshot ended") == true)
    }

    @Test(arguments: [false, true])
    func rowsLeftUnreadInASnapshotLeaveItUsable(throughCursors: Bool) throws {
        let database = try PostgresFixture().connect()
        database.readsThroughCursors = throughCursors
        let value = try database.readSnapshot {
            do {
                let rows = try database.query("SELECT n FROM generate_series(1, 50000) AS n")
                _ = try rows.next()
            }
            return try database.values("SELECT 8")
        }
        #expect(value == [.integer(8)])
    }
}
