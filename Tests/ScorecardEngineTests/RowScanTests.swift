import Foundation
import ScorecardSQL
import ScorecardSQLite
import Testing

@testable import ScorecardEngine

/// The row scans read keys and values of any storage class the way SQL would.
@Suite struct RowScanTests {
    static let schema = """
        CREATE TABLE visits (id INTEGER PRIMARY KEY, visitor, seen_at TEXT, amount);
        """

    static let sources = """
        source visits {
          table visits
          key id
          time seen_at
        }

        measure visitors = count_distinct(visits.visitor)
        measure median_amount = median(visits.amount)
        measure total_amount = sum(visits.amount)

        """

    /// Visitors stored as integers, texts, reals and NULL (the column has no type, so each keeps its class).
    static func fixture(amounts: [SQLiteValue]) throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            let insert = try database.prepare("INSERT INTO visits (visitor, seen_at, amount) VALUES (?, ?, ?)")
            let visitors: [SQLiteValue] = [
                .integer(42), .text("42"), .real(4.5), .text("4.5"), .text("abc"), .null, .integer(7), .integer(42),
            ]
            for (index, visitor) in visitors.enumerated() {
                try insert.run([visitor, .text("2025-03-\(10 + index) 12:00:00"), amounts[index % amounts.count]])
            }
        }
    }

    @Test func distinctKeysCompareAsTheirSQLText() throws {
        let fixture = try Self.fixture(amounts: [.integer(3)])
        let values = try fixture.evaluate(Self.sources + fixtureKPI("visitors", value: "visitors"), period: "2025-03")
        let database = try SQLiteDatabase(path: fixture.databasePath, mode: .readOnly)
        defer { database.close() }
        let statement = try database.prepare("SELECT COUNT(DISTINCT CAST(visitor AS TEXT)) FROM visits")
        #expect(try statement.step())
        let expected = Double(statement.int64(at: 0))
        #expect(expected == 4)  // '42', '4.5', 'abc', '7'
        #expect(values.kpi("visitors")?.value == expected)
    }

    @Test func percentilesAndSumsReadNumbersOfEveryClass() throws {
        let amounts: [SQLiteValue] = [.integer(1), .real(2.5), .text("4"), .null]
        let fixture = try Self.fixture(amounts: amounts)
        let values = try fixture.evaluate(
            Self.sources + fixtureKPI("median", value: "median_amount") + fixtureKPI("total", value: "total_amount"),
            period: "2025-03")
        // Rows 0..7 take amounts 1, 2.5, 4, NULL, 1, 2.5, 4, NULL.
        let numbers = [1, 2.5, 4, 1, 2.5, 4].sorted()
        #expect(values.kpi("median")?.value == (numbers[2] + numbers[3]) / 2)
        #expect(values.kpi("total")?.value == numbers.reduce(0, +))
    }

    @Test func textThatIsNotANumberStopsTheEvaluationNamingSourceColumnAndRows() throws {
        let fixture = try Self.fixture(amounts: [.integer(1), .text("n/a")])
        #expect {
            try fixture.evaluate(Self.sources + fixtureKPI("median", value: "median_amount"), period: "2025-03")
        } throws: { error in
            // Rows 2, 4, 6 and 8 (keys) hold 'n/a'; the bad rows are reported, not the percentile's first one.
            (error as? EvaluationError)?.diagnostics.map(\.code) == [.E0406]
                && "\(error)".contains(
                    "error[E0406]: 4 rows of source 'visits' have an amount that is not a number (keys 2, 4, 6, 8)\n")
        }
    }
}

/// Row scans shared by two connections give the same values as scans on one.
@Suite struct ReadQueueTests {
    /// Counts finished jobs across threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    /// A job the worker runs has the second connection set up like the first: here the
    /// `percentile_cont` aggregate that breakdown queries of medians use. This thread waits
    /// until the worker has run every job, so none runs on the first connection.
    @Test func theWorkersConnectionComputesPercentiles() throws {
        let fixture = try EvaluatorTests.fixture()
        let database = try SQLiteDatabase.openForReading(path: fixture.databasePath)
        let done = Counter()
        let first = ObjectIdentifier(database)
        let jobs = (0..<3).map { _ in
            ReadQueue.Job<(median: Double, onWorker: Bool)>(title: "median") { runner in
                let statement = try runner.database.query(
                    RenderedSQL(
                        text:
                            "SELECT percentile_cont(x, 0.5) FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 4)",
                        bindings: []))
                _ = try statement.next()
                done.add()
                return (statement.real(0), ObjectIdentifier(runner.database) != first)
            }
        }
        let results = try database.readTransaction {
            // Two cores, whatever this machine has, so the worker always starts.
            try ReadQueue.run(jobs, runner: QueryRunner(database: database), progress: nil, cores: 2) {
                let deadline = Date().addingTimeInterval(10)
                while done.value < jobs.count, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            }
        }
        #expect(results.map(\.median) == [2, 2, 2])
        #expect(results.allSatisfy { $0.onWorker })
    }

    @Test func rollbackJournalAndWALDatabasesGiveTheSameValues() throws {
        let fixture = try EvaluatorTests.fixture()
        let metrics =
            EvaluatorTests.sources + fixtureKPI("rev", value: "revenue") + fixtureKPI("rpc", value: "revenue / buyers")
            + fixtureKPI("big", value: "big_sales") + fixtureKPI("med", value: "median_sale")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let twoConnections = try encoder.encode(fixture.evaluate(metrics, period: "2024-02"))
        let database = try SQLiteDatabase(path: fixture.databasePath, mode: .readWriteCreate)
        try database.execute("PRAGMA journal_mode=WAL")
        database.close()
        let oneConnection = try encoder.encode(fixture.evaluate(metrics, period: "2024-02"))
        #expect(twoConnections == oneConnection)
        #expect(String(decoding: oneConnection, as: UTF8.self).contains("\"rev\""))
    }
}
