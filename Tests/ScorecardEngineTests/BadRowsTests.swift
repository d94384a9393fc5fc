import Foundation
import ScorecardModel
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// Rows whose amount is not a number or too large for cents, or whose time is missing or
/// unreadable, never pass silently: an error by default, left out of every measure and listed
/// with `bad_rows skip`. Figures are checked against the good rows computed in Swift.
@Suite struct BadRowsTests {
    static func metrics(policy: String) -> String {
        """
        scorecard "Bad rows" {
          min_group_size 1
          bad_rows \(policy)
        }

        source orders {
          table orders
          key id
          time ordered_at
          customer customer_id
        }

        dimension region = orders.region

        measure revenue: money = sum(orders.net_amount)
        measure order_count = count(orders)

        """ + fixtureKPI("revenue_kpi", value: "revenue", "  breakdown region\n")
            + fixtureKPI("orders_kpi", value: "order_count")
    }

    struct Row {
        let id: Int64
        let day: SQLiteValue
        let amount: SQLiteValue
        let region: String
    }

    /// 300 good orders over 2025, and the bad and borderline rows, most of them in 2025-10.
    static let rows: [Row] = {
        var random = SeededGenerator(seed: 3)
        var rows = (Int64(1)...300).map { id in
            Row(
                id: id,
                day: .text(
                    String(
                        format: "2025-%02d-%02d", Int.random(in: 1...12, using: &random),
                        Int.random(in: 1...28, using: &random))),
                amount: .real(Double(Int.random(in: 100...99_999, using: &random)) / 100),
                region: ["north", "south", "east"][Int(id) % 3])
        }
        rows += [
            Row(id: 1001, day: "2025-10-03", amount: "abc", region: "north"),
            Row(id: 1002, day: "2025-10-04", amount: .blob([0, 1]), region: "south"),
            Row(id: 1003, day: "2025-10-05", amount: "12abc", region: "east"),
            Row(id: 1004, day: "2025-10-06", amount: .real(1e14), region: "north"),
            Row(id: 1005, day: .null, amount: .real(10), region: "north"),
            Row(id: 1006, day: "01/10/2025", amount: .real(10), region: "south"),
            Row(id: 1007, day: "yesterday", amount: .real(10), region: "east"),
            Row(id: 1008, day: "2025-10-07", amount: .null, region: "north"),  // NULL amount: not bad
            Row(id: 1009, day: "2025-10-08", amount: "  12.5 ", region: "south"),  // text that reads as a number
            Row(id: 1010, day: "2023-01-09", amount: "xyz", region: "east"),  // outside every window: ignored
            Row(id: 1011, day: "2027-01-10", amount: .real(5), region: "east"),  // in the data's future: not bad
        ]
        return rows
    }()

    static func fixture() throws -> EvaluationFixture {
        try EvaluationFixture(
            schema:
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at, net_amount, region TEXT);"
        ) { database in
            let insert = try database.prepare("INSERT INTO orders VALUES (?, ?, ?, ?, ?)")
            for row in rows {
                try insert.run([.integer(row.id), .integer(row.id % 40), row.day, row.amount, .text(row.region)])
            }
        }
    }

    /// The good rows of 2025-10 as (region, amount or nil).
    static var goodOctober: [(region: String, amount: Double?)] {
        rows.filter { $0.id < 1001 || $0.id == 1008 || $0.id == 1009 }.compactMap { row in
            guard case .text(let day) = row.day, day.hasPrefix("2025-10") else { return nil }
            switch row.amount {
            case .real(let value): return (row.region, value)
            case .text(let text): return (row.region, Double(text.trimmingCharacters(in: .whitespaces)))
            default: return (row.region, nil)
            }
        }
    }

    @Test func byDefaultBadRowsStopTheEvaluationNamingSourceColumnCountAndKeys() throws {
        let fixture = try Self.fixture()
        var found: [BadRows] = []
        #expect {
            try fixture.evaluate(Self.metrics(policy: "stop"), period: "2025-10")
        } throws: { error in
            guard case .badRows(let bad)? = (error as? EvaluationError)?.kind else { return false }
            found = bad
            return "\(error)".contains(
                "error[E0406]: 3 rows of source 'orders' have a net_amount that is not a number (keys 1001, 1002, 1003)"
            )
        }
        let summary = found.map { "\($0.column) \($0.problem) \($0.rows) \($0.examples)" }.sorted()
        #expect(
            summary == [
                "net_amount not_a_number 3 [\"1001\", \"1002\", \"1003\"]", "net_amount too_large 1 [\"1004\"]",
                "ordered_at unreadable_time 3 [\"1005\", \"1006\", \"1007\"]",
            ])
    }

    @Test func withSkipTheRowsAreLeftOutOfEveryMeasureAndListed() throws {
        let fixture = try Self.fixture()
        let values = try fixture.evaluate(Self.metrics(policy: "skip"), period: "2025-10")
        let good = Self.goodOctober
        let expectedCents = good.compactMap(\.amount).reduce(0) { $0 + Int(($1 * 100).rounded()) }
        #expect(good.count > 15)
        #expect(values.kpi("revenue_kpi")?.value == Double(expectedCents) / 100)
        #expect(values.kpi("orders_kpi")?.value == Double(good.count))
        let groups = try #require(values.kpi("revenue_kpi")?.breakdowns["region"])
        for group in groups {
            let cents = good.filter { $0.region == group.key }.compactMap(\.amount).reduce(0) {
                $0 + Int(($1 * 100).rounded())
            }
            #expect(group.value == Double(cents) / 100, "region \(group.key)")
        }
        #expect(Set(groups.map(\.key)) == ["north", "south", "east"])
        #expect(values.badRows.map(\.rows) == [3, 1, 3])
        #expect(values.badRows.map(\.problem) == ["not_a_number", "too_large", "unreadable_time"])
        let decoded = try ScorecardValues.decode(values.jsonData())
        #expect(decoded.badRows == values.badRows)
    }

    @Test func cleanDataHasNoBadRows() throws {
        let fixture = try EvaluationFixture(
            schema:
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at, net_amount, region TEXT);"
        ) { database in
            try database.execute(
                "INSERT INTO orders VALUES (1, 1, '2025-10-01', 5, 'north'), (2, 2, '2025-10-02', '7.5', 'south')")
        }
        let values = try fixture.evaluate(Self.metrics(policy: "stop"), period: "2025-10")
        #expect(values.badRows.isEmpty)
        #expect(values.kpi("revenue_kpi")?.value == 12.5)
    }
}
