import Foundation
import ScorecardSQL
import ScorecardSQLite
import Testing

@testable import ScorecardEngine

/// The progress trace (`SCORECARD_TRACE`) gives each read job's CPU time, on whichever thread ran it.
@Suite struct ReadQueueTraceTests {
    /// Progress lines from both threads, in the order they came.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    /// A job that counts to `count` in SQL, so it uses CPU in proportion.
    static func counting(_ title: String, to count: Int) -> ReadQueue.Job<Int> {
        ReadQueue.Job(title: title) { runner in
            let statement = try runner.database.query(
                RenderedSQL(
                    text:
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT MAX(i) FROM n",
                    bindings: [.integer(Int64(count))]))
            _ = try statement.next()
            return Int(statement.integer(0))
        }
    }

    /// The seconds of CPU in the line ending each job with this title.
    static func cpuSeconds(of title: String, in lines: [String]) -> [Double] {
        lines.compactMap { line in
            guard line.hasSuffix(" s CPU: \(title)"), let range = line.range(of: ": done in ") else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != " " })
        }
    }

    @Test func eachJobEndsWithItsCPUTime() throws {
        let fixture = try EvaluatorTests.fixture()
        let database = try SQLiteDatabase.openForReading(path: fixture.databasePath)
        let lines = Lines()
        let jobs = [Self.counting("busy", to: 2_000_000), Self.counting("idle", to: 1)]
        let results = try database.readTransaction {
            try ReadQueue.run(jobs, runner: QueryRunner(database: database), progress: { lines.add($0) }, cores: 2) {}
        }
        #expect(results == [2_000_000, 1])
        let busy = Self.cpuSeconds(of: "busy", in: lines.all)
        let idle = Self.cpuSeconds(of: "idle", in: lines.all)
        #expect(busy.count == 1 && idle.count == 1, "\(lines.all)")
        // Two million recursive rows take well over 50 ms of CPU; one row takes next to none.
        #expect((busy.first ?? 0) > 0.05 && (busy.first ?? 0) > 10 * (idle.first ?? 1), "\(lines.all)")
    }
}
