import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// The RFM summaries and breakdown groups derived from one purchase scan against the SQL that
/// computes them one calibration window at a time (``RFMSummaryQuery`` and `customerGroups`).
@Suite struct PurchaseHistoryTests {
    static let metrics = """
        source customers {
          table customers
          key id
        }

        source customer_orders {
          table orders
          key id
          time ordered_at
          customer customer_id
          where status != 'cancelled'
          join customers on customer_id
          opt_out customers.opted_out
        }

        dimension region "Region" = customers.region
        dimension channel "Channel" = customer_orders.channel

        model clv "CLV" {
          source customer_orders
          customer customer_orders.customer_id
          amount customer_orders.net_amount
          unit week
          calibration 12 months
          fit bgnbd
          horizon 12 months
          discount 1%
        }

        """

    /// ~3,000 orders of 200 customers over three years: same-day orders on other channels, cancelled
    /// orders, opted-out customers, customers without a region, orders without a customer or amount.
    static func database(_ folder: TemporaryFolder) throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: folder.path("crm.sqlite"), mode: .readWriteCreate)
        try db.execute(
            """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, region TEXT, opted_out INTEGER);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at TEXT, status TEXT, channel TEXT, net_amount REAL);
            """)
        var random = SeededGenerator(seed: 7)
        let regions: [SQLiteValue] = [.text("North"), .text("South"), .text("East"), .null]
        let channels = ["web", "store", "phone"]
        try db.writeTransaction {
            let customer = try db.prepare("INSERT INTO customers VALUES (?, ?, ?)")
            let order = try db.prepare(
                "INSERT INTO orders (customer_id, ordered_at, status, channel, net_amount) VALUES (?, ?, ?, ?, ?)")
            for id in 1...200 {
                try customer.run([.integer(Int64(id)), regions[id % 4], .integer(id % 13 == 0 ? 1 : 0)])
                var day = 20_089 + Int.random(in: 0..<900, using: &random)  // from 2025-01-01
                for _ in 0..<Int.random(in: 1...25, using: &random) where day < 21_185 {
                    for line in 0..<(Double.random(in: 0..<1, using: &random) < 0.2 ? 2 : 1) {
                        let time = String(
                            format: " %02d:%02d:%02d", 8 + line * 6, id % 60, Int.random(in: 0..<60, using: &random))
                        let amount: SQLiteValue =
                            id % 17 == 0 && line == 1
                            ? .null : .real(Double(Int.random(in: 500...40_000, using: &random)) / 100)
                        try order.run([
                            id % 29 == 0 && line == 1 ? .null : .integer(Int64(id)),
                            .text(EpochDay.isoDate(day) + time),
                            .text(Double.random(in: 0..<1, using: &random) < 0.1 ? "cancelled" : "completed"),
                            .text(channels.randomElement(using: &random)!), amount,
                        ])
                    }
                    day += Int.random(in: 1...60, using: &random)
                }
            }
        }
        return db
    }

    @Test func summariesAndGroupsOfEveryWindowMatchTheQueriesOfThatWindow() throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        defer { db.close() }
        let model = try EvaluationFixture.model(Self.metrics)
        let clv = try #require(model.clvModels["clv"])
        let planner = QueryPlanner(model: model, windows: [])
        let dimensions = ["channel", "region"].compactMap { model.dimensions[$0] }
        // Overlapping windows of 12 and 18 months, from the first purchases to the last.
        let windows = [(2025, 1, 2026, 1), (2025, 7, 2026, 7), (2026, 1, 2027, 7), (2026, 7, 2027, 7)].map {
            (
                first: CivilDays.days(year: $0.0, month: $0.1, day: 1),
                end: CivilDays.days(year: $0.2, month: $0.3, day: 1)
            )
        }
        let (first, end) = (windows.map(\.first).min()!, windows.map(\.end).max()!)
        let history = try PurchaseHistory.read(
            planner.purchaseHistory(clv, dimensions: dimensions, firstDay: first, endDay: end),
            dimensions: dimensions.map(\.name), firstDay: first, endDay: end, timeColumn: "ordered_at", in: db)
        for window in windows {
            let sample = history.sample(firstDay: window.first, endDay: window.end, unit: .week)
            let expected = try RFMSummaryQuery(
                rows: planner.purchaseRows(clv, firstDay: window.first, endDay: window.end),
                calibrationEnd: EpochDay.isoDate(window.end - 1), unit: .week
            ).customers(in: db)
            #expect(sample.customers.count > 50)
            #expect(sample.customers.map { history.customers[$0].description } == expected.map(\.id))
            for (summary, rfm) in zip(sample.summaries, expected) {
                #expect(
                    summary.x == rfm.summary.x && summary.tx == rfm.summary.tx && summary.T == rfm.summary.T,
                    "\(rfm.id)")
                #expect(agrees(summary.meanSpend, rfm.summary.meanSpend), "\(rfm.id)")
            }
            for (column, dimension) in dimensions.enumerated() {
                let groups = try Self.groups(
                    planner.customerGroups(clv, dimension: dimension, firstDay: window.first, endDay: window.end),
                    in: db)
                for (position, customer) in sample.customers.enumerated() {
                    #expect(
                        history.group(ofDay: sample.lastDays[position], dimension: column)
                            == groups[history.customers[customer].description])
                }
            }
        }
    }

    /// Text customer ids next to integer ones: the customers come in SQL's order (integers, then
    /// text) with the same summaries as the per-window query.
    @Test func textAndIntegerCustomerIDsKeepSQLsOrder() throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        defer { db.close() }
        try db.execute(
            """
            INSERT INTO orders (customer_id, ordered_at, status, channel, net_amount) VALUES
              ('C-2', '2026-03-02 09:00', 'completed', 'web', 10), ('C-10', '2026-03-05 09:00', 'completed', 'web', 12),
              ('C-2', '2026-04-11 17:30', 'completed', 'store', 7), ('B', '2026-05-01 08:00', 'completed', 'web', 3);
            """)
        let model = try EvaluationFixture.model(Self.metrics)
        let clv = try #require(model.clvModels["clv"])
        let planner = QueryPlanner(model: model, windows: [])
        let (first, end) = (CivilDays.days(year: 2025, month: 7, day: 1), CivilDays.days(year: 2026, month: 7, day: 1))
        let history = try PurchaseHistory.read(
            planner.purchaseHistory(clv, dimensions: [], firstDay: first, endDay: end),
            dimensions: [], firstDay: first, endDay: end, timeColumn: "ordered_at", in: db)
        let sample = history.sample(firstDay: first, endDay: end, unit: .week)
        let expected = try RFMSummaryQuery(
            rows: planner.purchaseRows(clv, firstDay: first, endDay: end),
            calibrationEnd: EpochDay.isoDate(end - 1), unit: .week
        ).customers(in: db)
        let ids = sample.customers.map { history.customers[$0].description }
        #expect(ids == expected.map(\.id))
        #expect(ids.suffix(3) == ["B", "C-10", "C-2"])
        for (summary, rfm) in zip(sample.summaries, expected) {
            #expect(
                summary.x == rfm.summary.x && summary.tx == rfm.summary.tx && summary.T == rfm.summary.T, "\(rfm.id)")
        }
    }

    @Test func aMalformedDayNamesTheCustomerAndTheTimeColumn() throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        defer { db.close() }
        try db.execute(
            "INSERT INTO orders (customer_id, ordered_at, status, net_amount) VALUES (5, '2026-02-30 10:00', 'completed', 1)"
        )
        let model = try EvaluationFixture.model(Self.metrics)
        let select = QueryPlanner(model: model, windows: []).purchaseHistory(
            model.clvModels["clv"]!, dimensions: [], firstDay: 20_089, endDay: 21_185)
        #expect(throws: CLVInputError.invalidTimestamp(customer: "5", value: "2026-02-30", column: "ordered_at")) {
            try PurchaseHistory.read(
                select, dimensions: [], firstDay: 20_089, endDay: 21_185, timeColumn: "ordered_at", in: db)
        }
    }

    /// Each customer's group as the per-window SQL gives it (`(none)` for NULL).
    private static func groups(_ select: SQLSelect, in db: SQLiteDatabase) throws -> [String: String] {
        let statement = try db.query(select)
        var groups: [String: String] = [:]
        while try statement.next() {
            guard let customer = statement.text(0) else { continue }
            groups[customer] = statement.text(1) ?? "(none)"
        }
        return groups
    }

    private func agrees(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }
}
