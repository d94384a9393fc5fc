import Foundation
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// A period-end measure on a source whose opt-out is read through a join: the join is part of
/// the query (it was left out, and SQLite answered "no such column"), and opted-out customers'
/// rows are left out of the balance, checked against the raw rows.
@Suite struct PeriodEndOptOutTests {
    static let metrics = """
        source balances {
          table balances
          key id
          time snapshot_on
          customer customer_id
          join customers on customer_id
          opt_out customers.opted_out
        }

        source customers {
          table customers
          key id
        }

        measure balance_at_end = last(sum(balances.amount))

        """ + fixtureKPI("balance", value: "balance_at_end")

    @Test func theOptOutJoinIsPartOfThePeriodEndQuery() throws {
        var random = SeededGenerator(seed: 21)
        var rows: [(customer: Int64, day: String, amount: Double)] = []
        var optedOut: Set<Int64> = []
        let fixture = try EvaluationFixture(
            schema: """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, opted_out INTEGER);
                CREATE TABLE balances (id INTEGER PRIMARY KEY, customer_id INTEGER, snapshot_on TEXT, amount REAL);
                """
        ) { database in
            let customer = try database.prepare("INSERT INTO customers VALUES (?, ?)")
            for id in Int64(1)...20 {
                let out = Int.random(in: 0..<4, using: &random) == 0
                if out { optedOut.insert(id) }
                try customer.run([.integer(id), .integer(out ? 1 : 0)])
            }
            let balance = try database.prepare(
                "INSERT INTO balances (customer_id, snapshot_on, amount) VALUES (?, ?, ?)")
            for month in 1...6 {
                for day in [10, 28] {
                    for id in Int64(1)...20 {
                        let amount = Double(Int.random(in: 100...9_999, using: &random))
                        let date = String(format: "2025-%02d-%02d", month, day)
                        try balance.run([.integer(id), .text(date), .real(amount)])
                        rows.append((id, date, amount))
                    }
                }
            }
        }
        let values = try fixture.evaluate(Self.metrics, period: "2025-06")
        let expected = rows.filter { $0.day == "2025-06-28" && !optedOut.contains($0.customer) }.map(\.amount).reduce(
            0, +)
        #expect(!optedOut.isEmpty)
        #expect(values.kpi("balance")?.value == expected)
    }
}
