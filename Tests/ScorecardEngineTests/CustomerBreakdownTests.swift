import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// Customer-based measures broken down from one customer-rows query per window agree with the
/// same groups computed in Swift from the raw rows: values and group sizes (the privacy rule).
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
        var random = SeededGenerator(seed: 7)
        return try EvaluationFixture(
            schema: """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, segment TEXT, opted_out INTEGER);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at TEXT, status TEXT, channel TEXT);
                CREATE INDEX orders_customer_id ON orders (customer_id);
                """
        ) { database in
            let customer = try database.prepare("INSERT INTO customers (id, segment, opted_out) VALUES (?, ?, ?)")
            for id in 1...300 {
                let segment: SQLiteValue = [.text("retail"), .text("trade"), .text("public"), .null].randomElement(
                    using: &random)!
                try customer.run([
                    .integer(Int64(id)), segment, .integer(Int.random(in: 0..<10, using: &random) == 0 ? 1 : 0),
                ])
            }
            let order = try database.prepare(
                "INSERT INTO orders (customer_id, ordered_at, status, channel) VALUES (?, ?, ?, ?)")
            for _ in 0..<3000 {
                let month = Int.random(in: 1...24, using: &random)
                let date =
                    "\(2023 + (month + 11) / 12)-\(String(format: "%02d", (month - 1) % 12 + 1))-\(String(format: "%02d", Int.random(in: 1...28, using: &random)))"
                let customerID: SQLiteValue =
                    Int.random(in: 0..<50, using: &random) == 0
                    ? .null : .integer(Int64(Int.random(in: 1...300, using: &random)))
                let status = ["completed", "completed", "completed", "cancelled", "returned"].randomElement(
                    using: &random)!
                let channel: SQLiteValue = [.text("web"), .text("store"), .text("phone"), .null].randomElement(
                    using: &random)!
                try order.run([customerID, .text(date), .text(status), channel])
            }
        }
    }

    @Test func customerRowsAgreeWithTheRawRows() throws {
        let fixture = try Self.fixture()
        let model = try EvaluationFixture.model(
            Self.metrics + fixtureKPI("shares", value: "retained + churned + repeaters")
                + fixtureKPI("new", value: "newcomers"))
        let database = try SQLiteDatabase(path: fixture.databasePath, mode: .readOnly)
        defer { database.close() }
        let raw = try RawOrders(database: database)
        let current = MonthRange(Month(year: 2025, month: 10))
        let ranges = [current, current.shifted(byMonths: -12)]
        let windows = ranges.enumerated().map { EvaluationWindows.queryWindow(id: $0, range: $1) }
        let measures = ["churned", "newcomers", "repeaters", "retained"]
        let dimensions = ["channel", "segment"].compactMap { model.dimensions[$0] }
        let needs = BreakdownNeeds(
            needs: dimensions.map { .init(dimension: $0, kpis: [], measures: [measures, measures]) })
        var combined = BreakdownTables()
        let runner = QueryRunner(database: database)
        for job in CustomerBreakdowns(model: model, windows: windows).jobs(needs: needs) {
            combined.merge(try job.run(runner))
        }
        var groupsCompared = 0
        for dimension in dimensions {
            for (id, range) in ranges.enumerated() {
                let window = RawOrders.Window(range)
                for measure in measures {
                    let expected = raw.groups(measure, dimension: dimension.name, window: window)
                    let actual = combined[dimension.name]?[id]?.groups[measure] ?? [:]
                    #expect(!expected.isEmpty)
                    #expect(
                        actual.mapValues(\.size) == expected.mapValues(\.size),
                        "\(dimension.name) \(measure) window \(id) sizes")
                    #expect(
                        actual.mapValues(\.value) == expected.mapValues(\.value),
                        "\(dimension.name) \(measure) window \(id) values")
                    groupsCompared += expected.count
                }
            }
        }
        #expect(groupsCompared > 40)
    }
}

/// The fixture's orders read into Swift, and the customer-based measures' breakdown groups
/// computed from them as docs/output.md defines them: a group's size is its customers with an
/// order (not cancelled, customer not opted out) in the window the measure looks at.
private struct RawOrders {
    struct Order {
        let customer: Int64
        let day: String
        let completed: Bool
        let keys: [String: String?]
    }

    /// A month range as ISO day bounds: `lo <= day < hi`.
    struct Window {
        let lo: String, hi: String, previousLo: String
        init(_ range: MonthRange) {
            func day(_ month: Month) -> String { String(format: "%04d-%02d-01", month.year, month.month) }
            lo = day(range.first)
            hi = day(range.last.advanced(by: 1))
            previousLo = day(range.shifted(byMonths: -range.count).first)
        }
    }

    let orders: [Order]

    init(database: SQLiteDatabase) throws {
        let statement = try database.prepare(
            """
            SELECT o.customer_id, o.ordered_at, o.status, o.channel, c.segment, c.opted_out
            FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
            """)
        var orders: [Order] = []
        while try statement.step() {
            guard !statement.isNull(at: 0), statement.string(at: 2) != "cancelled", statement.int64(at: 5) != 1 else {
                continue
            }
            orders.append(
                Order(
                    customer: statement.int64(at: 0), day: statement.string(at: 1)!,
                    completed: statement.string(at: 2) == "completed",
                    keys: ["channel": statement.string(at: 3), "segment": statement.string(at: 4)]))
        }
        self.orders = orders
    }

    /// Group key → (value, size) of a measure of the fixture's metrics.
    func groups(_ measure: String, dimension: String, window: Window) -> [String: BreakdownTable.Group] {
        func key(_ order: Order) -> String? { order.keys[dimension] ?? nil }
        func name(_ key: String?) -> String { key ?? "(none)" }
        let inWindow = orders.filter { $0.day >= window.lo && $0.day < window.hi }
        switch measure {
        case "retained", "churned":
            let before = orders.filter { $0.day >= window.previousLo && $0.day < window.lo }
            let back = Set(inWindow.filter(\.completed).map(\.customer))
            return Dictionary(grouping: before) { name(key($0)) }.mapValues { rows in
                let cohort = Set(rows.filter(\.completed).map(\.customer))
                let share = cohort.isEmpty ? nil : Double(cohort.intersection(back).count) / Double(cohort.count)
                return .init(
                    value: measure == "retained" ? share : share.map { 1 - $0 }, size: Set(rows.map(\.customer)).count)
            }
        default:
            // Repeat rate and new customers: each customer in the group of the smallest key of their rows in the window.
            let byCustomer = Dictionary(grouping: inWindow, by: \.customer)
            let firstCompleted = Dictionary(grouping: orders.filter(\.completed), by: \.customer).mapValues {
                $0.map(\.day).min()!
            }
            let groupOf = byCustomer.mapValues { rows in name(rows.compactMap(key).min()) }
            return Dictionary(grouping: byCustomer.keys) { groupOf[$0]! }.mapValues { customers in
                if measure == "repeaters" {
                    let repeaters = customers.filter { byCustomer[$0]!.count >= 2 }.count
                    return .init(value: Double(repeaters) / Double(customers.count), size: customers.count)
                }
                let new = customers.filter { customer in
                    firstCompleted[customer].map { $0 >= window.lo && $0 < window.hi } ?? false
                }
                return .init(value: Double(new.count), size: customers.count)
            }
        }
    }
}
