import Testing
import ScorecardModel
import ScorecardSQL
@testable import ScorecardEngine

/// Customer-based measures broken down from one customer-rows query per window agree with one
/// SQL query per measure and dimension (`CustomerMeasureReferenceSQL.swift`).
@Suite struct CustomerBreakdownTests {
    static let metrics = """
        source orders {
          table orders
          key id
          time ordered_at
          customer customer_id
          where status != 'cancelled'
          join customers on customer_id
          opt_out customers.opted_out
        }

        source customers {
          table customers
          key id
        }

        dimension segment "Segment" = customers.segment
        dimension channel "Channel" = orders.channel

        measure retained = retention(orders.customer_id) where orders.status = 'completed'
        measure churned = churn(orders.customer_id) where orders.status = 'completed'
        measure repeaters = repeat_rate(orders.customer_id)
        measure newcomers = new_customers(orders.customer_id) where orders.status = 'completed'

        """

    /// Random customers (some opted out, some without a segment) with orders over 2024-2025 in
    /// several channels (some NULL), so customers fall into several channel groups.
    static func fixture() throws -> EvaluationFixture {
        var random = TestRandom(seed: 7)
        return try EvaluationFixture(schema: """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, segment TEXT, opted_out INTEGER);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at TEXT, status TEXT, channel TEXT);
            CREATE INDEX orders_customer_id ON orders (customer_id);
            """) { database in
            let customer = try database.prepare("INSERT INTO customers (id, segment, opted_out) VALUES (?, ?, ?)")
            for id in 1...300 {
                let segment: SQLiteValue = [.text("retail"), .text("trade"), .text("public"), .null].randomElement(using: &random)!
                try customer.run([.integer(Int64(id)), segment, .integer(Int.random(in: 0..<10, using: &random) == 0 ? 1 : 0)])
            }
            let order = try database.prepare("INSERT INTO orders (customer_id, ordered_at, status, channel) VALUES (?, ?, ?, ?)")
            for _ in 0..<3000 {
                let month = Int.random(in: 1...24, using: &random)
                let date = "\(2023 + (month + 11) / 12)-\(String(format: "%02d", (month - 1) % 12 + 1))-\(String(format: "%02d", Int.random(in: 1...28, using: &random)))"
                let customerID: SQLiteValue = Int.random(in: 0..<50, using: &random) == 0 ? .null : .integer(Int64(Int.random(in: 1...300, using: &random)))
                let status = ["completed", "completed", "completed", "cancelled", "returned"].randomElement(using: &random)!
                let channel: SQLiteValue = [.text("web"), .text("store"), .text("phone"), .null].randomElement(using: &random)!
                try order.run([customerID, .text(date), .text(status), channel])
            }
        }
    }

    @Test func customerRowsAgreeWithOneQueryPerDimension() throws {
        let fixture = try Self.fixture()
        let model = try EvaluationFixture.model(Self.metrics + fixtureKPI("shares", value: "retained + churned + repeaters")
                                                + fixtureKPI("new", value: "newcomers"))
        let database = try SQLiteDatabase(path: fixture.databasePath, mode: .readOnly)
        defer { database.close() }
        let runner = QueryRunner(database: database)
        let current = MonthRange(Month(year: 2025, month: 10))
        let windows = [current, current.shifted(byMonths: -12)].enumerated().map { EvaluationWindows.queryWindow(id: $0, range: $1) }
        let measures = ["churned", "newcomers", "repeaters", "retained"]
        let dimensions = ["channel", "segment"].compactMap { model.dimensions[$0] }
        let needs = BreakdownNeeds(needs: dimensions.map { .init(dimension: $0, kpis: [], measures: [measures, measures]) })
        var combined = BreakdownTables()
        for job in CustomerBreakdowns(model: model, windows: windows).jobs(needs: needs) { combined.merge(try job.run(runner)) }
        var groupsCompared = 0
        for dimension in dimensions {
            var separate: [Int: BreakdownTable] = [:]
            let planner = QueryPlanner(model: model, windows: windows)
            for query in measures.compactMap({ model.measures[$0] }).map({ planner.customerQuery($0, breakdown: dimension) }) {
                try runner.run(query, into: &separate)
            }
            for id in 0..<2 {
                let expected = separate[id]?.groups ?? [:]
                #expect(!expected.isEmpty)
                for measure in measures {
                    let actual = combined[dimension.name]?[id]?.groups[measure] ?? [:]
                    let wanted = expected[measure] ?? [:]
                    #expect(actual.mapValues(\.size) == wanted.mapValues(\.size), "\(dimension.name) \(measure) window \(id) sizes")
                    #expect(actual.mapValues(\.value) == wanted.mapValues(\.value), "\(dimension.name) \(measure) window \(id) values")
                    groupsCompared += wanted.count
                }
            }
        }
        #expect(groupsCompared > 40)
    }
}
