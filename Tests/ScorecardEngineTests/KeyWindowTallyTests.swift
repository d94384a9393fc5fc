import ScorecardSQLite
import Testing

@testable import ScorecardEngine
@testable import ScorecardSQL

/// Distinct counts and customer measures from ``KeyWindowTally`` match a plain computation over
/// the (key, month) rows; the tally reads them as a key query gives them, grouped and sorted by
/// a real SQLite database.
@Suite struct KeyWindowTallyTests {
    /// Rows of (key, month) from a small deterministic generator: keys 0..<40, months within `span`.
    static func rows(span: Int, seed: UInt64) -> [(key: Int64, month: Int)] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<600).map { _ in (Int64(next(40)), 24_000 + next(span)) }
    }

    /// The tally of every window given, from the rows stored in SQLite and read back as a key query.
    static func tally(_ rows: [(key: Int64, month: Int)], windows: [KeyWindowTally.Window]) throws -> KeyWindowTally {
        let database = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        try database.execute("CREATE TABLE facts (customer INTEGER, month TEXT)")
        let insert = try database.prepare("INSERT INTO facts VALUES (?, ?)")
        for row in rows {
            let text = String(row.month / 12) + "-" + (row.month % 12 < 9 ? "0" : "") + String(row.month % 12 + 1)
            try insert.run([.integer(row.key), .text(text)])
        }
        let query = RenderedSQL(
            text: "SELECT CAST(customer AS TEXT), month, COUNT(*) FROM facts GROUP BY 1, 2 ORDER BY 1, 2", bindings: [])
        var tally = KeyWindowTally(windows: windows)
        try tally.read(try database.query(query))
        return tally
    }

    /// Each key's rows per month, computed directly.
    static func counts(_ rows: [(key: Int64, month: Int)], in window: ClosedRange<Int>) -> [Int64: Int] {
        rows.filter { window.contains($0.month) }.reduce(into: [:]) { $0[$1.key, default: 0] += 1 }
    }

    @Test(arguments: [12, 64, 65, 130])
    func matchesAPlainComputation(span: Int) throws {
        let rows = Self.rows(span: span, seed: UInt64(span))
        let windows = stride(from: 23_990, to: 24_000 + span + 5, by: 7).flatMap { start in
            [1, 3, 12, 70].map { length in
                KeyWindowTally.Window(months: start...(start + length - 1), before: (start - length)...(start - 1))
            }
        }
        let keyed = try Self.tally(rows, windows: windows)
        #expect(!windows.isEmpty)
        for (id, tallied) in windows.enumerated() {
            do {
                let window = tallied.months
                let before = tallied.before
                let inWindow = Self.counts(rows, in: window)
                let inBefore = Self.counts(rows, in: before)
                #expect(keyed.distinctCount(window: id) == inWindow.count, "window \(window)")

                let base = Set(inBefore.keys)
                let kept = base.intersection(inWindow.keys)
                let retention = keyed.cell(.retention, window: id)
                if base.isEmpty {
                    #expect(retention == (inWindow.isEmpty ? nil : .empty), "window \(window)")
                } else {
                    #expect(retention == .value(Double(kept.count) / Double(base.count)), "window \(window)")
                    #expect(
                        keyed.cell(.churn, window: id)
                            == .value(1 - Double(kept.count) / Double(base.count)))
                }

                let repeaters = inWindow.values.filter { $0 >= 2 }.count
                #expect(
                    keyed.cell(.repeatRate, window: id)
                        == (inWindow.isEmpty ? nil : .value(Double(repeaters) / Double(inWindow.count))),
                    "window \(window)")

                let firstMonths = rows.reduce(into: [Int64: Int]()) { $0[$1.key] = min($0[$1.key] ?? .max, $1.month) }
                let new = firstMonths.values.filter { window.contains($0) }.count
                #expect(
                    keyed.cell(.newCustomers, window: id)
                        == (inWindow.isEmpty ? nil : .value(Double(new))), "window \(window)")
            }
        }
    }
}
