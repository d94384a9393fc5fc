import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// A source whose opt-out and `where` read the joined customers: SQLite's row scan reads the
/// customers once and keeps or drops each row by its customer (``CustomerFilter``), and the
/// months, the customer measures and the sums match computations over the raw rows, with sales
/// without a customer, of customers the table lacks, and (`textCustomers`) customers written as
/// text, for which the scan gives way to the one with the joins.
@Suite struct CustomerFilterScanTests {
    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, region TEXT, opted_out INTEGER);
        CREATE TABLE sales (id INTEGER PRIMARY KEY, customer_id, sold_at TEXT, amount REAL);
        """

    static let metrics = """
        source customers {
          table customers
          key id
        }

        source sales {
          table sales
          key id
          time sold_at
          customer customer_id
          where sales.amount > 1 and coalesce(customers.region, 'none') != 'East'
          join customers on customer_id
          opt_out customers.opted_out
        }

        measure retained = retention(sales.customer_id)
        measure newcomers = new_customers(sales.customer_id)
        measure takings: money = sum(sales.amount)
        measure sale_count = count(sales)

        """
        + ["retained", "newcomers", "takings", "sale_count"].map { fixtureKPI($0 + "_kpi", value: $0) }.joined()

    /// A customer's region (nil, "North", "East") and opt-out flag (nil, 0, 1) by id: the table
    /// holds customers 1 … 50; 51 … 55 buy but are not in it.
    static func customer(_ id: Int) -> (region: String?, optedOut: Int?)? {
        guard id <= 50 else { return nil }
        return ([nil, "North", "East", "South"][id % 4], [nil, 0, 0, 0, 1][id % 5])
    }

    /// A sale: customer (nil for NULL), month (2024-01 is 0), amount.
    struct Sale {
        let customer: Int?
        let month: Int
        let amount: Double
    }

    /// 800 sales over 2024-01 … 2025-06; a twentieth without a customer, some of customers the table lacks.
    static func sales() -> [Sale] {
        var random = SeededGenerator(seed: 41)
        return (0..<800).map { _ in
            Sale(
                customer: Int.random(in: 0..<20, using: &random) == 0 ? nil : Int.random(in: 1...55, using: &random),
                month: Int.random(in: 0..<18, using: &random),
                amount: Double(Int.random(in: 0...50_000, using: &random)) / 100)
        }
    }

    static func fixture(_ sales: [Sale], textCustomers: Bool) throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            let customers = try database.prepare("INSERT INTO customers VALUES (?, ?, ?)")
            for id in 1...50 {
                let (region, optedOut) = customer(id)!
                try customers.run([
                    .integer(Int64(id)), region.map(SQLiteValue.text) ?? .null,
                    optedOut.map { .integer(Int64($0)) } ?? .null,
                ])
            }
            let insert = try database.prepare("INSERT INTO sales (customer_id, sold_at, amount) VALUES (?, ?, ?)")
            for (index, sale) in sales.enumerated() {
                // The customer column has no type: text '12' is stored as text, and the join still
                // finds customer 12 (SQLite compares it as a number with the integer key).
                let customer: SQLiteValue =
                    sale.customer.map { textCustomers && $0 % 3 == 0 ? .text(String($0)) : .integer(Int64($0)) }
                    ?? .null
                let day = String(format: "%04d-%02d-%02d", 2024 + sale.month / 12, sale.month % 12 + 1, index % 28 + 1)
                try insert.run([customer, .text(day), .real(sale.amount)])
            }
        }
    }

    /// The rows the source keeps, by its conditions applied here: an amount over 1, not in the
    /// East (a customer without a region, or not in the table, is 'none'), not opted out.
    static func kept(_ sales: [Sale]) -> [Sale] {
        sales.filter { sale in
            let customer = sale.customer.flatMap(Self.customer)
            return sale.amount > 1 && customer?.region != "East" && (customer?.optedOut ?? 0) == 0
        }
    }

    @Test(arguments: [true, false], [false, true])
    func monthsAndCustomersMatchTheRawRows(scansRows: Bool, textCustomers: Bool) throws {
        let sales = Self.sales()
        let fixture = try Self.fixture(sales, textCustomers: textCustomers)
        let model = try EvaluationFixture.model(Self.metrics)
        let values = try fixture.evaluate(model, period: "2025-05", scansRows: scansRows)
        let kept = Self.kept(sales)
        #expect(kept.count > 300 && kept.count < sales.count - 100)
        let customerMonths = RawCustomerMonths(kept.map { ($0.customer, $0.month) })
        for (name, months, path) in RawCustomerMonths.windowsOfMay2025 {
            let retained = customerMonths.retention(months)
            let inWindow = kept.filter { months.contains($0.month) }
            let cents = inWindow.map { ($0.amount * 100).rounded() }.reduce(0, +)
            let retainedValue = values.kpi("retained_kpi")?[keyPath: path]
            #expect(retained.map { abs((retainedValue ?? -1) - $0) < 1e-12 } ?? (retainedValue == nil), "\(name)")
            #expect(values.kpi("newcomers_kpi")?[keyPath: path] == customerMonths.newcomers(months), "\(name)")
            #expect(values.kpi("takings_kpi")?[keyPath: path] == cents / 100, "\(name)")
            #expect(values.kpi("sale_count_kpi")?[keyPath: path] == Double(inWindow.count), "\(name)")
        }
    }

    /// The plan has the split scan: no customers join, the customer as its last column, and the
    /// customers' `keep` from the opt-out and the `where` operand on the region.
    @Test func theScanReadsTheCustomersOnce() throws {
        let model = try EvaluationFixture.model(Self.metrics)
        let queries = try #require(
            EvaluationFixture.oneWindowPlanner(model).planByMonth(measures: Array(model.measures.keys)).rows.first)
        let split = try #require(queries.customerFilterScan)
        #expect(split.scan.joins.isEmpty && queries.monthlyScan?.joins.count == 1)
        #expect(split.customerColumn == split.scan.columns.count - 1)
        #expect(split.scan.columns.dropLast().map(\.alias) == queries.monthlyScan?.columns.map(\.alias))
        #expect(split.customers.columns.map(\.alias) == ["key", "keep"])
    }
}
