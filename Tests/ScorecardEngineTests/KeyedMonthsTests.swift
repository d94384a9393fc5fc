import Testing

@testable import ScorecardEngine
@testable import ScorecardSQL

/// Distinct counts and customer measures from ``KeyedMonths`` match a plain computation over the
/// (key, month) rows, with month masks (history within 64 months) and without (a longer history).
@Suite struct KeyedMonthsTests {
    /// Rows of (key, month) from a small deterministic generator: keys 0..<40, months within `span`.
    static func rows(span: Int, seed: UInt64) -> [(key: Int64, month: Int)] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<600).map { _ in (Int64(next(40)), 24_000 + next(span)) }
    }

    static func keyed(_ rows: [(key: Int64, month: Int)]) -> KeyedMonths {
        var keyed = KeyedMonths()
        for row in rows { keyed.add(.integer(row.key), month: row.month) }
        keyed.finish()
        return keyed
    }

    /// Each key's rows per month, computed directly.
    static func counts(_ rows: [(key: Int64, month: Int)], in window: ClosedRange<Int>) -> [Int64: Int] {
        rows.filter { window.contains($0.month) }.reduce(into: [:]) { $0[$1.key, default: 0] += 1 }
    }

    @Test(arguments: [12, 64, 65, 130])
    func matchesAPlainComputation(span: Int) {
        let rows = Self.rows(span: span, seed: UInt64(span))
        let keyed = Self.keyed(rows)
        for start in stride(from: 23_990, to: 24_000 + span + 5, by: 7) {
            for length in [1, 3, 12, 70] {
                let window = start...(start + length - 1)
                let before = (start - length)...(start - 1)
                let inWindow = Self.counts(rows, in: window)
                let inBefore = Self.counts(rows, in: before)
                #expect(keyed.distinctCount(in: window) == inWindow.count, "window \(window)")

                let base = Set(inBefore.keys)
                let kept = base.intersection(inWindow.keys)
                let retention = keyed.cell(.retention, window: window, before: before)
                if base.isEmpty {
                    #expect(retention == (inWindow.isEmpty ? nil : .empty), "window \(window)")
                } else {
                    #expect(retention == .value(Double(kept.count) / Double(base.count)), "window \(window)")
                    #expect(
                        keyed.cell(.churn, window: window, before: before)
                            == .value(1 - Double(kept.count) / Double(base.count)))
                }

                let repeaters = inWindow.values.filter { $0 >= 2 }.count
                #expect(
                    keyed.cell(.repeatRate, window: window, before: before)
                        == (inWindow.isEmpty ? nil : .value(Double(repeaters) / Double(inWindow.count))),
                    "window \(window)")

                let firstMonths = rows.reduce(into: [Int64: Int]()) { $0[$1.key] = min($0[$1.key] ?? .max, $1.month) }
                let new = firstMonths.values.filter { window.contains($0) }.count
                #expect(
                    keyed.cell(.newCustomers, window: window, before: before)
                        == (inWindow.isEmpty ? nil : .value(Double(new))), "window \(window)")
            }
        }
    }
}
