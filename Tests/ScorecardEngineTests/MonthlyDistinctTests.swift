import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// A distinct count of a key that fixes the time (an order's lines counted by order) is counted
/// per month by the database, or by SQLite's row scan ordered by the key, and added up, and gives
/// the distinct count over the raw rows of every window; a count of any other column keeps its
/// key query. Keys stored as text leave the scan to the database's grouping.
@Suite struct MonthlyDistinctTests {
    static let schema = """
        CREATE TABLE orders (id INTEGER PRIMARY KEY, ordered_at TEXT, status TEXT);
        CREATE TABLE lines (id INTEGER PRIMARY KEY, order_id, product_id INTEGER, returned INTEGER);
        """

    static let metrics = """
        source orders {
          table orders
          key id
          time ordered_at
          where status != 'cancelled'
        }

        source lines {
          table lines
          key id
          time orders.ordered_at
          where orders.status != 'cancelled'
          join orders on order_id
        }

        measure orders_with_lines = count_distinct(lines.order_id)
        measure orders_kept = count_distinct(lines.order_id) where lines.returned = 0
        measure order_keys = count_distinct(orders.id)
        measure products_sold = count_distinct(lines.product_id)

        """ + fixtureKPI("with_lines", value: "orders_with_lines") + fixtureKPI("kept", value: "orders_kept")
        + fixtureKPI("keys", value: "order_keys") + fixtureKPI("products", value: "products_sold")

    /// An order: its id, its month (2024-01 is 0) and whether it is cancelled.
    struct Order {
        let id: Int
        let month: Int
        let cancelled: Bool
    }

    /// A line: its order's id (nil for NULL), whether the id is stored as text, product, returned.
    struct Line {
        let order: Int?
        let asText: Bool
        let product: Int
        let returned: Bool
    }

    /// 300 orders over 2024-01 … 2025-06, a tenth cancelled, with 0 to 4 lines each; with
    /// `textIDs` some lines name their order as text; one names no order and one an order that
    /// does not exist. The lines are shuffled.
    static func data(textIDs: Bool) -> (orders: [Order], lines: [Line]) {
        var random = SeededGenerator(seed: 17)
        let orders = (1...300).map {
            Order(
                id: $0, month: Int.random(in: 0..<18, using: &random),
                cancelled: Int.random(in: 0..<10, using: &random) == 0)
        }
        var lines: [Line] = []
        for order in orders {
            for _ in 0..<Int.random(in: 0..<5, using: &random) {
                lines.append(
                    Line(
                        order: order.id, asText: textIDs && Int.random(in: 0..<7, using: &random) == 0,
                        product: Int.random(in: 0..<40, using: &random),
                        returned: Int.random(in: 0..<4, using: &random) == 0))
            }
        }
        lines.append(Line(order: nil, asText: false, product: 1, returned: false))
        lines.append(Line(order: 9999, asText: false, product: 2, returned: false))
        // Stored in no order: an order's lines do not come together unless a query sorts them.
        lines.shuffle(using: &random)
        return (orders, lines)
    }

    static func fixture(_ data: (orders: [Order], lines: [Line])) throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            let order = try database.prepare("INSERT INTO orders (id, ordered_at, status) VALUES (?, ?, ?)")
            for row in data.orders {
                let day = String(
                    format: "%04d-%02d-%02d 10:00:00", 2024 + row.month / 12, row.month % 12 + 1, row.id % 28 + 1)
                try order.run([.integer(Int64(row.id)), .text(day), .text(row.cancelled ? "cancelled" : "completed")])
            }
            let line = try database.prepare("INSERT INTO lines (order_id, product_id, returned) VALUES (?, ?, ?)")
            for row in data.lines {
                let id: SQLiteValue = row.order.map { row.asText ? .text(String($0)) : .integer(Int64($0)) } ?? .null
                try line.run([id, .integer(Int64(row.product)), .integer(row.returned ? 1 : 0)])
            }
        }
    }

    @Test(arguments: [false, true])
    func distinctOrdersAddUpByMonthAndMatchTheRawRowsInEveryWindow(textIDs: Bool) throws {
        let data = Self.data(textIDs: textIDs)
        let fixture = try Self.fixture(data)
        let values = try fixture.evaluate(Self.metrics, period: "2025-05")
        let orderMonth = Dictionary(
            uniqueKeysWithValues: data.orders.filter { !$0.cancelled }.map { ($0.id, $0.month) })
        func distinct(_ months: ClosedRange<Int>, _ lines: [Line], _ key: (Line) -> Int?) -> Double {
            Double(
                Set(lines.filter { $0.order.flatMap { orderMonth[$0] }.map(months.contains) ?? false }.compactMap(key))
                    .count)
        }
        func orderKeys(_ months: ClosedRange<Int>) -> Double {
            Double(orderMonth.values.filter(months.contains).count)
        }
        let kept = data.lines.filter { !$0.returned }
        // 2025-05 is month 16: the month, the month before, a year before, YTD and last year's YTD.
        let windows: [(String, ClosedRange<Int>, KeyPath<KPIResult, Double?>)] = [
            ("month", 16...16, \.value), ("previous", 15...15, \.previous), ("last year", 4...4, \.lastYear),
            ("ytd", 12...16, \.ytd), ("ytd last year", 0...4, \.ytdLastYear),
        ]
        for (name, months, path) in windows {
            #expect(values.kpi("with_lines")?[keyPath: path] == distinct(months, data.lines, \.order), "\(name)")
            #expect(values.kpi("kept")?[keyPath: path] == distinct(months, kept, \.order), "\(name)")
            #expect(values.kpi("products")?[keyPath: path] == distinct(months, data.lines, \.product), "\(name)")
            #expect(values.kpi("keys")?[keyPath: path] == orderKeys(months), "\(name)")
        }
        #expect(distinct(12...16, data.lines, \.order) > 20)
    }

    /// SQLite's scan of the lines counts integer order ids itself and gives way for text ones.
    @Test(arguments: [false, true])
    func theScanCountsIntegerKeysOnly(textIDs: Bool) throws {
        let fixture = try Self.fixture(Self.data(textIDs: textIDs))
        let model = try EvaluationFixture.model(Self.metrics)
        let plan = EvaluationFixture.oneWindowPlanner(model).planByMonth(measures: ["orders_with_lines"])
        let lines = try #require(plan.rows.first)
        let database = try SQLiteDatabase.openForReading(path: fixture.databasePath)
        defer { database.close() }
        let runner = QueryRunner(database: database)
        #expect(runner.scans(lines))
        let grouped = try runner.months(lines, scan: false)
        #expect(grouped.components.values.contains { ($0[2] ?? 0) > 0 })
        if textIDs {
            #expect(throws: MonthlyAggregator.KeyNotAnInteger.self) { try runner.months(lines, scan: true) }
        } else {
            #expect(try runner.months(lines, scan: true).components == grouped.components)
        }
        // Left to choose, the runner reads the monthly query when the scan gives way.
        #expect(try runner.months(lines).components == grouped.components)
    }

    /// The plan: order counts in the monthly query and in its scan ordered by the order id,
    /// products in a key query.
    @Test func keysThatFixTheMonthAreCountedInTheMonthlyQuery() throws {
        let model = try EvaluationFixture.model(Self.metrics)
        let planner = EvaluationFixture.oneWindowPlanner(model)
        let plan = planner.planByMonth(measures: ["orders_with_lines", "orders_kept", "order_keys", "products_sold"])
        let lines = try #require(plan.rows.first { $0.title.contains("source lines") })
        let orders = try #require(plan.rows.first { $0.title.contains("source orders") })
        #expect(lines.components.filter { $0.aggregate == .distinct }.count == 2)
        let scan = try #require(lines.monthlyScan)
        #expect(scan.orderBy == [.column(table: "t0_lines", name: "order_id")])
        #expect(lines.monthlyColumns.filter { $0.aggregate == .distinct }.allSatisfy { $0.scanExpression != nil })
        #expect(lines.keys.map(\.distinct) == [["products_sold"]])
        #expect(orders.components.map(\.aggregate) == [.distinct])
        #expect(orders.keys.isEmpty)
    }
}
