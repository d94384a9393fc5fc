import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// A source's first key query is folded into its monthly query (one pass grouped by key and
/// month), or carried by SQLite's row scan (``KeyMonthMasks``): the months' figures and the
/// customer measures match computations over the raw rows in every window, with rows without a
/// customer, customers stored as integer and as text ('42' is the customer 42, '042' another),
/// and months in which a customer has no matching row.
@Suite struct FoldedKeyTests {
    static let schema = """
        CREATE TABLE sales (id INTEGER PRIMARY KEY, customer_id, sold_at TEXT, status TEXT, amount REAL);
        """

    static let metrics = """
        source sales {
          table sales
          key id
          time sold_at
          customer customer_id
        }

        measure retained = retention(sales.customer_id) where sales.status = 'paid'
        measure newcomers = new_customers(sales.customer_id) where sales.status = 'paid'
        measure repeaters = repeat_rate(sales.customer_id) where sales.status = 'paid'
        measure paid: money = sum(sales.amount) where sales.status = 'paid'
        measure biggest = max(sales.amount)
        measure smallest = min(sales.amount)
        measure typical = median(sales.amount)
        measure sale_count = count(sales)

        """
        + ["retained", "newcomers", "repeaters", "paid", "biggest", "smallest", "typical", "sale_count"].map {
            fixtureKPI($0 + "_kpi", value: $0)
        }.joined()

    /// A sale: customer (nil for NULL), stored as text or not, month (2024-01 is 0), paid or not, amount.
    ///
    /// A tenth of the customers are written as '055' … '060', text with a leading zero: `CAST(key AS
    /// TEXT)` keeps '055' apart from 55, so they are other customers (here 1055 … 1060).
    struct Sale {
        let customer: Int?
        let asText: Bool
        let month: Int
        let paid: Bool
        let amount: Double
    }

    /// 900 sales of 60 customers over 2024-01 … 2025-06; a twentieth without a customer, a
    /// third not paid, and some customers written as text.
    static func sales() -> [Sale] {
        var random = SeededGenerator(seed: 29)
        return (0..<900).map { _ in
            let customer = Int.random(in: 0..<20, using: &random) == 0 ? nil : Int.random(in: 1...66, using: &random)
            return Sale(
                customer: customer.map { $0 > 60 ? $0 - 6 + 1000 : $0 },
                asText: Int.random(in: 0..<5, using: &random) == 0,
                month: Int.random(in: 0..<18, using: &random), paid: Int.random(in: 0..<3, using: &random) != 0,
                amount: Double(Int.random(in: 100...90_000, using: &random)) / 100)
        }
    }

    static func fixture(_ sales: [Sale]) throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            let insert = try database.prepare(
                "INSERT INTO sales (customer_id, sold_at, status, amount) VALUES (?, ?, ?, ?)")
            for (index, sale) in sales.enumerated() {
                let customer: SQLiteValue =
                    sale.customer.map {
                        $0 > 1000 ? .text("0\($0 - 1000)") : sale.asText ? .text(String($0)) : .integer(Int64($0))
                    } ?? .null
                let day = String(format: "%04d-%02d-%02d", 2024 + sale.month / 12, sale.month % 12 + 1, index % 28 + 1)
                try insert.run([customer, .text(day), .text(sale.paid ? "paid" : "open"), .real(sale.amount)])
            }
        }
    }

    /// Both ways SQLite can evaluate: its row scans (`prefersRowScans`), and the plan that every
    /// other database runs, grouped by the database with the key query folded in.
    @Test(arguments: [true, false])
    func foldedMonthsAndKeysMatchTheRawRowsInEveryWindow(scansRows: Bool) throws {
        let sales = Self.sales()
        let fixture = try Self.fixture(sales)
        let model = try EvaluationFixture.model(Self.metrics)
        let values = try fixture.evaluate(model, period: "2025-05", scansRows: scansRows)
        let paid = sales.filter(\.paid)
        let customerMonths = RawCustomerMonths(paid.map { ($0.customer, $0.month) })
        func amounts(_ months: ClosedRange<Int>) -> [Double] {
            sales.filter { months.contains($0.month) }.map(\.amount)
        }
        for (name, months, path) in RawCustomerMonths.windowsOfMay2025 {
            let retained = customerMonths.retention(months)
            let newcomers = customerMonths.newcomers(months)
            let windowSales = paid.filter { months.contains($0.month) }.compactMap(\.customer)
            let salesPerCustomer = Dictionary(grouping: windowSales, by: { $0 }).mapValues(\.count)
            let repeaters = Double(salesPerCustomer.values.filter { $0 >= 2 }.count) / Double(salesPerCustomer.count)
            let cents = paid.filter { months.contains($0.month) }.map { ($0.amount * 100).rounded() }.reduce(0, +)
            let sorted = amounts(months).sorted()
            let middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            // No customer in the window before (2023): retention is not available.
            let retainedValue = values.kpi("retained_kpi")?[keyPath: path]
            #expect(retained.map { Self.close(retainedValue, $0) } ?? (retainedValue == nil), "\(name)")
            #expect(values.kpi("newcomers_kpi")?[keyPath: path] == newcomers, "\(name)")
            #expect(Self.close(values.kpi("repeaters_kpi")?[keyPath: path], repeaters), "\(name)")
            #expect(values.kpi("paid_kpi")?[keyPath: path] == cents / 100, "\(name)")
            #expect(values.kpi("biggest_kpi")?[keyPath: path] == sorted.last, "\(name)")
            #expect(values.kpi("smallest_kpi")?[keyPath: path] == sorted.first, "\(name)")
            #expect(Self.close(values.kpi("typical_kpi")?[keyPath: path], median), "\(name)")
            #expect(values.kpi("sale_count_kpi")?[keyPath: path] == Double(sorted.count), "\(name)")
        }
    }

    /// For a database that groups, the plan folds the customers' key query into the monthly
    /// query and runs it on its own no more; for SQLite's row scans the scan carries it.
    @Test func theKeyQueryIsFoldedIntoTheMonthlyQuery() throws {
        let model = try EvaluationFixture.model(Self.metrics)
        let planner = EvaluationFixture.oneWindowPlanner(model)
        let plan = planner.planByMonth(measures: Array(model.measures.keys), foldingKeyQueries: true)
        let sales = try #require(plan.rows.first)
        let unfolded = try #require(planner.planByMonth(measures: Array(model.measures.keys)).rows.first)
        let scanned = try #require(unfolded.monthlyScan)
        let scanKey = try #require(unfolded.scanKey)
        #expect(unfolded.foldedKey == nil && sales.scanKey == nil)
        #expect(scanKey.keyColumn == scanned.columns.count - 2 && scanKey.filterColumn == scanned.columns.count - 1)
        #expect(unfolded.separateKeys(scanning: true).isEmpty && unfolded.separateKeys(scanning: false).count == 1)
        #expect(unfolded.statements.contains { $0.title.hasPrefix("keys of source sales") })
        let folded = try #require(sales.foldedKey)
        #expect(sales.keys.count == 1 && sales.separateKeys.isEmpty)
        #expect(
            folded.keyColumn == sales.monthly.columns.count - 2 && folded.rowsColumn == sales.monthly.columns.count - 1)
        #expect(sales.monthlyScan == nil)
        #expect(sales.monthly.groupBy.count == 2 && sales.monthly.orderBy.count == 2)
        #expect(!sales.statements.contains { $0.title.hasPrefix("keys of") })
        #expect(sales.title.hasPrefix("months and keys of source sales"))
    }

    static func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= 1e-9 * max(1, abs(expected))
    }
}
