import Foundation
import ScorecardModel
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// Evaluations on larger data: exact money and one snapshot while another process writes.
@Suite struct EvaluatorDataTests {
    static let metrics = """
        source sales {
          table sales
          key id
          time sold_at
        }

        source sales_again {
          table sales
          key id
          time sold_at
        }

        measure revenue: money = sum(sales.amount)
        measure rows = count(sales)
        measure rows_again = count(sales_again)

        """ + fixtureKPI("revenue_kpi", value: "revenue") + fixtureKPI("rows_kpi", value: "rows")
        + fixtureKPI("rows_again_kpi", value: "rows_again")

    @Test func moneySumsAreExactToTheCentOnAMillionRows() throws {
        var random = SeededGenerator(seed: 42)
        var exactCents = 0
        let fixture = try EvaluationFixture(
            schema: "CREATE TABLE sales (id INTEGER PRIMARY KEY, sold_at TEXT, amount REAL)"
        ) { database in
            let insert = try database.prepare("INSERT INTO sales (sold_at, amount) VALUES (?, ?)")
            for index in 0..<1_000_000 {
                let cents = Int.random(in: 1...99_999_99, using: &random)
                exactCents += cents
                let day = 1 + index % 28
                try insert.run([.text("2026-01-\(day < 10 ? "0" : "")\(day) 12:00:00"), .real(Double(cents) / 100)])
            }
        }
        let values = try fixture.evaluate(Self.metrics, period: "2026-01", kpis: ["revenue_kpi"])
        let revenue = try #require(values.kpi("revenue_kpi")?.value)
        #expect(Int((revenue * 100).rounded()) == exactCents)
        #expect(revenue == Double(exactCents) / 100)
    }

    /// In rollback-journal mode the two sources' scans may run on two connections (``ReadQueue``).
    @Test(arguments: ["WAL", "DELETE"])
    func everyKPIComesFromOneSnapshotWhileAnotherConnectionWrites(journalMode: String) throws {
        let fixture = try EvaluationFixture(
            schema:
                "CREATE TABLE sales (id INTEGER PRIMARY KEY, sold_at TEXT, amount REAL); PRAGMA journal_mode=\(journalMode);"
        ) { database in
            let insert = try database.prepare("INSERT INTO sales (sold_at, amount) VALUES (?, ?)")
            for _ in 0..<20_000 { try insert.run([.text("2026-01-15 10:00:00"), .real(1)]) }
        }
        let path = fixture.databasePath
        let stop = StopFlag()
        let thread = Thread {
            guard let writer = try? SQLiteDatabase(path: path, mode: .readWriteCreate) else { return }
            let insert = try? writer.prepare("INSERT INTO sales (sold_at, amount) VALUES ('2026-01-20 10:00:00', 1)")
            while !stop.isSet {
                try? insert?.run()
                // A rollback-journal writer in a tight loop would starve every reader; a real one pauses.
                if journalMode != "WAL" { usleep(500) }
            }
            writer.close()
        }
        thread.start()
        defer {
            stop.set()
            while !thread.isFinished { usleep(1000) }
        }
        var counts: Set<Double> = []
        for _ in 0..<5 {
            let values = try fixture.evaluate(Self.metrics, period: "2026-01", kpis: ["rows_kpi", "rows_again_kpi"])
            let rows = try #require(values.kpi("rows_kpi")?.value)
            // The two measures come from two different queries; one snapshot makes them equal.
            #expect(values.kpi("rows_again_kpi")?.value == rows)
            counts.insert(rows)
        }
        #expect(counts.count > 1, "the writer should have added rows between evaluations")
    }
}

/// A flag shared with the writer thread.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
