import ScorecardDemo
import ScorecardPostgres
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

/// The demo CRM written into PostgreSQL holds the same rows as the same demo written into SQLite.
@Suite struct PostgresDemoTests {
    static let options = DemoDatabaseOptions(customers: 250, months: 4, seed: 7, end: DemoMonth(year: 2026, month: 10))

    /// Every row of a table, ordered by id, as values, its columns as the database lists them.
    private func rows(of table: String, in database: any SQLDatabase) throws -> [[SQLValue]] {
        let columns = try #require(try database.tables().first { $0.name == table }).columns
        let list = columns.map { database.dialect.quote($0.name) }.joined(separator: ", ")
        return try database.readSnapshot {
            let rows = try database.query(RenderedSQL(text: "SELECT \(list) FROM \(table) ORDER BY id", bindings: []))
            var all: [[SQLValue]] = []
            while try rows.next() { all.append((0..<columns.count).map(rows.value)) }
            return all
        }
    }

    @Test func everyTableHoldsTheSameRowsAsInSQLite() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("crm.sqlite")
        let sqliteSummary = try DemoDatabaseGenerator(options: Self.options).write(to: path)
        let fixture = try PostgresFixture()
        let postgresSummary = try DemoDatabaseGenerator(options: Self.options).write(toPostgres: fixture.url)
        #expect(postgresSummary.rowCounts == sqliteSummary.rowCounts)
        #expect(postgresSummary.path == "postgresql://postgres@127.0.0.1:\(fixture.server.port)/\(fixture.name)")
        let sqlite = try SQLiteDatabase.openForReading(path: path)
        let postgres = try fixture.connect()
        let orders = try #require(try postgres.tables().first { $0.name == "orders" })
        #expect(
            orders.columns.map(\.type) == [
                "bigint", "bigint", "text", "text", "text", "bigint", "numeric", "numeric",
            ])
        // The same foreign keys, added after the load.
        let sqliteKeys = try sqlite.readSnapshot {
            let rows = try sqlite.query(
                RenderedSQL(
                    text: """
                        SELECT m.name || '.' || f."from" || ' -> ' || f."table" FROM sqlite_master AS m,
                        pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table'
                        """, bindings: []))
            var keys: Set<String> = []
            while try rows.next() { keys.insert(rows.text(0) ?? "") }
            return keys
        }
        let postgresKeys = try fixture.execute(
            """
            SELECT c.conrelid::regclass || '.' || a.attname || ' -> ' || c.confrelid::regclass
            FROM pg_constraint AS c JOIN pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f'
            """)
        #expect(sqliteKeys.count > 5 && Set(postgresKeys.split(separator: "\n").map(String.init)) == sqliteKeys)
        for table in sqliteSummary.rowCounts.keys.sorted() {
            let expected = try rows(of: table, in: sqlite)
            let loaded = try rows(of: table, in: postgres)
            #expect(loaded.count == expected.count && expected.count == sqliteSummary.rows(table), "\(table)")
            let firstDifference = zip(loaded, expected).first { $0 != $1 }
            #expect(firstDifference == nil, "\(table): \(firstDifference.map { "\($0.0) vs \($0.1)" } ?? "")")
        }
    }
}
