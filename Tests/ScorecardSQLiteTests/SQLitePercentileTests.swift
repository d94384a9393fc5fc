import ScorecardSQL
import ScorecardTestSupport
import Testing

@testable import ScorecardSQLite

@Suite(.serialized) struct SQLitePercentileTests {
    /// The expected percentile computed independently: sort, then interpolate between ranks.
    static func expected(_ values: [Double], _ p: Double) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let rank = p * Double(sorted.count - 1)
        let below = sorted[Int(rank)]
        let above = sorted[min(Int(rank) + 1, sorted.count - 1)]
        return below + (rank - Double(Int(rank))) * (above - below)
    }

    static func database() throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try db.registerPercentileAggregate()
        try db.execute("CREATE TABLE t (g INTEGER, v REAL)")
        return db
    }

    @Test func medianAndPercentilesMatchSortingOverRandomData() throws {
        let db = try Self.database()
        var random = SeededGenerator(seed: 2026)
        var groups: [[Double]] = []
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?)")
        try db.writeTransaction {
            for group in 0..<40 {
                let count = Int.random(in: 1...300, using: &random)
                var values: [Double] = []
                for _ in 0..<count {
                    if Int.random(in: 0..<10, using: &random) == 0 {
                        try insert.run([.integer(Int64(group)), .null])
                        continue
                    }
                    let value =
                        Bool.random(using: &random)
                        ? Double(Int.random(in: -50...50, using: &random))
                        : Double.random(in: -1e6...1e6, using: &random)
                    values.append(value)
                    try insert.run([.integer(Int64(group)), .real(value)])
                }
                groups.append(values)
            }
        }
        for p in [0.0, 0.1, 0.25, 0.5, 0.9, 0.99, 1.0] {
            let select = try db.prepare("SELECT g, median(v), percentile_cont(v, ?) FROM t GROUP BY g ORDER BY g")
            try select.bind([.real(p)])
            var seen = 0
            while try select.step() {
                let values = groups[Int(select.int64(at: 0))]
                seen += 1
                guard let median = Self.expected(values, 0.5), let percentile = Self.expected(values, p) else {
                    #expect(select.isNull(at: 1) && select.isNull(at: 2))
                    continue
                }
                #expect(abs(select.double(at: 1) - median) <= 1e-9 * max(1, abs(median)))
                #expect(abs(select.double(at: 2) - percentile) <= 1e-9 * max(1, abs(percentile)))
            }
            #expect(seen == groups.count)
        }
    }

    @Test func smallCasesAndNulls() throws {
        let db = try Self.database()
        try db.execute("INSERT INTO t VALUES (1, 1), (1, 2), (1, 3), (1, 4), (1, NULL), (2, NULL), (3, 7)")
        let select = try db.prepare("SELECT median(v), percentile_cont(v, 0.25) FROM t WHERE g = ?")
        let cases: [(Int64, SQLiteValue, SQLiteValue)] = [
            (1, .real(2.5), .real(1.75)), (2, .null, .null), (3, .real(7), .real(7)), (4, .null, .null),
        ]
        for (group, median, quartile) in cases {
            try select.bind([.integer(group)])
            #expect(try select.step())
            #expect(select.value(at: 0) == median, "group \(group)")
            #expect(select.value(at: 1) == quartile, "group \(group)")
        }
    }

    @Test func invalidFractionsAndTextValuesAreErrors() throws {
        let db = try Self.database()
        try db.execute("INSERT INTO t VALUES (1, 1), (1, 2)")
        for sql in [
            "SELECT percentile_cont(v, 1.5) FROM t",
            "SELECT percentile_cont(v, NULL) FROM t",
            "SELECT percentile_cont(v, g * 0.1 + v * 0.1) FROM t",
            "SELECT median('abc') FROM t",
        ] {
            let select = try db.prepare(sql)
            #expect(throws: SQLiteError.self, "\(sql)") { try select.step() }
        }
        let numericText = try db.prepare("SELECT median('2.5') FROM t")
        #expect(try numericText.step())
        #expect(numericText.double(at: 0) == 2.5)
    }

    @Test func repeatedAggregationDoesNotLeakOrGrow() throws {
        let db = try Self.database()
        try db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO t SELECT i % 7, i FROM n"
        )
        let select = try db.prepare("SELECT g, median(v) FROM t GROUP BY g")
        for _ in 0..<200 {
            try select.reset()
            var groups = 0
            while try select.step() { groups += 1 }
            #expect(groups == 7)
        }
        #expect(PercentileAccumulator.liveCount == 0)
        // Stop half-way through a result, or fail mid-group: SQLite still calls xFinal, which frees.
        try select.reset()
        #expect(try select.step())
        try select.reset()
        let failing = try db.prepare("SELECT median(CASE WHEN v > 500 THEN 'x' ELSE v END) FROM t")
        #expect(throws: SQLiteError.self) { try failing.step() }
        #expect(PercentileAccumulator.liveCount == 0)
    }
}
