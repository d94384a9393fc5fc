import Testing

@testable import ScorecardSQL

/// Every kind of planned query, rendered by each dialect and compared with its recorded snapshot;
/// every snapshot also runs on a real music shop of its dialect (SQLite, PostgreSQL) and must return rows.
///
/// Record after an intended change with `SCORECARD_RECORD_SNAPSHOTS=1 swift test --filter
/// SQLSnapshotTests` (that run fails), review the diff in git, then run again without it.
@Suite struct SQLSnapshotTests {
    static let names = MusicShopQueries.all.map(\.name)

    static func select(_ name: String) -> SQLSelect { MusicShopQueries.all.first { $0.name == name }!.select }

    @Test(arguments: names) func sqlite(_ name: String) throws {
        let rendered = SQLiteDialect().render(Self.select(name))
        if let mismatch = try SQLSnapshot(dialect: "sqlite", name: name).mismatch(rendered) {
            Issue.record(Comment(rawValue: mismatch))
        }
        #expect(try MusicShopDatabase().rowCount(rendered) > 0, "\(name) returned no rows on the music shop")
    }

    /// Each PostgreSQL snapshot also runs on the same music shop in the test server's PostgreSQL.
    @Test(arguments: names) func postgreSQL(_ name: String) throws {
        let rendered = PostgreSQLDialect().render(Self.select(name))
        if let mismatch = try SQLSnapshot(dialect: "postgresql", name: name).mismatch(rendered) {
            Issue.record(Comment(rawValue: mismatch))
        }
        #expect(!rendered.text.contains("?"), "PostgreSQL parameters are numbered")
        #expect(try MusicShopPostgres.rowCount(rendered) > 0, "\(name) returned no rows on PostgreSQL")
    }

    @Test func aDifferenceIsShownLineByLine() {
        let diff = SQLSnapshot.diff("SELECT 1\nFROM a\nWHERE x\n", "SELECT 1\nFROM b\nWHERE x\n")
        #expect(diff == "@@ line 2\n- FROM a\n+ FROM b")
    }
}
