import ScorecardSQL
import ScorecardTestSupport
import Testing

@testable import ScorecardSQLite

@Suite struct SQLiteTransactionTests {
    static func count(_ db: SQLiteDatabase) throws -> Int64 {
        let select = try db.prepare("SELECT count(*) FROM t")
        _ = try select.step()
        return select.int64(at: 0)
    }

    @Test func readTransactionSeesOneSnapshotWhileAnotherConnectionWrites() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("wal.db")
        let writer = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try writer.execute("PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);")
        let reader = try SQLiteDatabase(path: path, mode: .readOnly)

        let (before, during) = try reader.readTransaction {
            let before = try Self.count(reader)
            try writer.writeTransaction { try writer.execute("INSERT INTO t VALUES (3), (4), (5)") }
            #expect(try Self.count(writer) == 5)
            return (before, try Self.count(reader))
        }
        #expect(before == 2)
        #expect(during == 2)
        #expect(try Self.count(reader) == 5)
    }

    @Test func snapshotIsTakenAtTheStartOfTheTransaction() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("wal.db")
        let writer = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try writer.execute("PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);")
        let reader = try SQLiteDatabase(path: path, mode: .readOnly)
        let seen = try reader.readTransaction {
            try writer.execute("INSERT INTO t VALUES (2)")
            return try Self.count(reader)
        }
        #expect(seen == 1)
    }

    @Test func writeTransactionRollsBackWhenTheBodyThrows() throws {
        struct Abort: Error {}
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.execute("CREATE TABLE t (x INTEGER)")
        #expect(throws: Abort.self) {
            try db.writeTransaction {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Abort()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try Self.count(db) == 0)
        let value = try db.writeTransaction {
            try db.execute("INSERT INTO t VALUES (1)")
            return 42
        }
        #expect(value == 42)
        #expect(try Self.count(db) == 1)
    }
}
