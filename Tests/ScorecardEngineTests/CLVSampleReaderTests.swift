import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// The customers of CLV fits both ways: the plan's per-window queries and SQLite's one scan of all
/// windows, each against a computation over the raw rows.
@Suite struct CLVSampleReaderTests {
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
          where status != 'cancelled' and coalesce(customers.region, 'none') != 'East'
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

    /// ~3,000 orders of 200 customers over three years: same-day orders on other channels (some at
    /// the same instant), cancelled orders, opted-out customers, customers without a region or in
    /// the East (left out by the source's `where`), orders without a customer or amount, and
    /// orders of customers the customers table lacks.
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
                    let sameInstant = Double.random(in: 0..<1, using: &random) < 0.1
                    for line in 0..<(Double.random(in: 0..<1, using: &random) < 0.2 ? 2 : 1) {
                        let time = String(
                            format: " %02d:%02d:%02d", sameInstant ? 8 : 8 + line * 6, id % 60,
                            sameInstant ? 0 : Int.random(in: 0..<60, using: &random))
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
            // Customer 3's latest purchases share one instant: the greatest channel counts, not the last row read.
            // Customers 901 and 902 are not in the customers table: kept, with no region.
            try db.execute(
                """
                INSERT INTO orders (customer_id, ordered_at, status, channel, net_amount) VALUES
                  (3, '2027-06-30 23:00:00', 'completed', 'web', 5), (3, '2027-06-30 23:00:00', 'completed', 'phone', 6),
                  (901, '2026-02-03 10:00:00', 'completed', 'web', 40), (901, '2026-05-07 11:00:00', 'completed', 'store', 25),
                  (902, '2026-03-04 12:00:00', 'completed', 'phone', 12);
                """)
        }
        return db
    }

    /// Every window's customers, summaries and groups, read by the plan and by the scan, equal the
    /// figures computed here from the raw rows.
    @Test(arguments: [false, true]) func summariesAndGroupsMatchTheRawRows(scansRows: Bool) throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        defer { db.close() }
        let model = try EvaluationFixture.model(Self.metrics)
        let clv = try #require(model.clvModels["clv"])
        let reader = CLVSampleReader(
            model: model, database: db, planner: QueryPlanner(model: model, windows: []), scansRows: scansRows)
        let dimensions = ["channel", "region"].compactMap { model.dimensions[$0] }
        // Overlapping windows of 12 and 18 months, from the first purchases to the last.
        let windows = [(2025, 1, 2026, 1), (2025, 7, 2026, 7), (2026, 1, 2027, 7), (2026, 7, 2027, 7)].map {
            CalibrationWindow(
                firstDay: CivilDays.days(year: $0.0, month: $0.1, day: 1),
                endDay: CivilDays.days(year: $0.2, month: $0.3, day: 1))
        }
        let purchases = try Self.rawPurchases(db)
        let samples = try reader.samples(clv, windows: windows, dimensions: scansRows ? dimensions : [])
        for (window, sample) in zip(windows, samples) {
            let expected = Self.expected(purchases, window: window)
            #expect(expected.count > 50)
            #expect(sample.summaries.count == expected.count)
            for (summary, reference) in zip(sample.summaries, expected) {
                #expect(summary.x == reference.x && summary.tx == reference.tx && summary.T == reference.T)
                #expect(agrees(summary.meanSpend, reference.meanSpend), "\(reference.customer)")
            }
            // Read all dimensions at once (one query or scan), as the kept fit does.
            let together = try reader.groups(clv, dimensions: dimensions, window: window, sample: sample)
            #expect(Set(together.keys) == Set(dimensions.map(\.name)))
            for dimension in dimensions {
                // Read with the summaries (the scan only), and read afterwards (either way).
                let read = try reader.groups(clv, dimension: dimension, window: window, sample: sample)
                let expectedNames = expected.map { $0.groups[dimension.name] ?? "(none)" }
                for groups in [sample.groups[dimension.name], read, together[dimension.name]].compactMap({ $0 }) {
                    #expect(sample.summaries.indices.map(groups.name) == expectedNames, "\(dimension.name)")
                }
                #expect((sample.groups[dimension.name] != nil) == scansRows)
            }
        }
    }

    /// Text customer ids next to integer ones (negative, small, and too large for the key
    /// index's slots), first seen in another order: both ways, the customers come in SQL's order
    /// (integers, then text) with the summaries of the raw rows.
    @Test(arguments: [false, true]) func textAndIntegerCustomerIDsKeepSQLsOrder(scansRows: Bool) throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        defer { db.close() }
        try db.execute(
            """
            INSERT INTO orders (customer_id, ordered_at, status, channel, net_amount) VALUES
              ('C-2', '2026-03-02 09:00', 'completed', 'web', 10), ('C-10', '2026-03-05 09:00', 'completed', 'web', 12),
              ('C-2', '2026-04-11 17:30', 'completed', 'store', 7), ('B', '2026-05-01 08:00', 'completed', 'web', 3),
              (4194304, '2025-09-01 10:00', 'completed', 'web', 5), (4194304, '2025-10-01 10:00', 'completed', 'web', 6),
              (4194304, '2025-11-01 10:00', 'completed', 'web', 7), (7, '2026-01-03 10:00', 'completed', 'web', 8),
              (7, '2026-02-03 10:00', 'completed', 'web', 9), (-5, '2026-01-10 10:00', 'completed', 'web', 4),
              (9000000000, '2026-06-01 10:00', 'completed', 'web', 2);
            """)
        let model = try EvaluationFixture.model(Self.metrics)
        let clv = try #require(model.clvModels["clv"])
        let reader = CLVSampleReader(
            model: model, database: db, planner: QueryPlanner(model: model, windows: []), scansRows: scansRows)
        let window = CalibrationWindow(
            firstDay: CivilDays.days(year: 2025, month: 7, day: 1), endDay: CivilDays.days(year: 2026, month: 7, day: 1)
        )
        let sample = try #require(try reader.samples(clv, windows: [window], dimensions: []).first)
        let expected = Self.expected(try Self.rawPurchases(db), window: window)
        #expect(expected.suffix(3).map(\.customer) == ["B", "C-10", "C-2"])
        #expect(expected.first?.customer == "-5")
        #expect(expected.dropLast(3).suffix(2).map(\.customer) == ["4194304", "9000000000"])
        #expect(sample.summaries.count == expected.count)
        for (summary, reference) in zip(sample.summaries, expected) {
            #expect(summary.x == reference.x && summary.tx == reference.tx && summary.T == reference.T)
        }
    }

    /// A day the calendar lacks, and one with a letter, which the plan's SQLite query reads as a
    /// number below every day (PostgreSQL refuses it: `PostgresCLVDayTests`), each between two of
    /// the customer's other days, so neither their first nor last.
    @Test(arguments: [false, true], ["2026-02-30", "2025-06-1x"])
    func aMalformedDayNamesTheCustomerAndTheTimeColumn(scansRows: Bool, day: String) throws {
        let folder = try TemporaryFolder()
        let db = try Self.database(folder)
        defer { db.close() }
        try db.execute(
            """
            INSERT INTO orders (customer_id, ordered_at, status, net_amount) VALUES
              (5, '2025-01-02 09:00', 'completed', 1), (5, '\(day) 10:00', 'completed', 1),
              (5, '2027-12-30 09:00', 'completed', 1)
            """
        )
        let model = try EvaluationFixture.model(Self.metrics)
        let reader = CLVSampleReader(
            model: model, database: db, planner: QueryPlanner(model: model, windows: []), scansRows: scansRows)
        let window = CalibrationWindow(firstDay: 20_089, endDay: 21_185)
        #expect(throws: CLVInputError.invalidTimestamp(customer: "5", value: day, column: "ordered_at")) {
            try reader.samples(model.clvModels["clv"]!, windows: [window], dimensions: [])
        }
    }

    /// The scan above reads the opt-out, the `where` on the customer's region and the region
    /// once per customer (the channel stays a column of the purchases), and gives way to the
    /// joined scan when a key is not a unique integer, as after text ids above.
    @Test func theScanReadsWhatTheCustomerDecidesOncePerCustomer() throws {
        let model = try EvaluationFixture.model(Self.metrics)
        let clv = try #require(model.clvModels["clv"])
        let dimensions = ["channel", "region"].compactMap { model.dimensions[$0] }
        let split = try #require(
            QueryPlanner(model: model, windows: []).splitPurchaseHistory(
                clv, dimensions: dimensions, firstDay: 20_089, endDay: 21_185))
        #expect(split.groups == [.row(4), .customer(2)])
        #expect(split.rows.joins.isEmpty)

        let db = try SQLiteDatabase(path: ":memory:", mode: .readWriteCreate)
        defer { db.close() }
        // Keys with gaps are found by binary search, keys without by their distance from the first.
        for keys in [[3, 7, 8, 20], [-2, -1, 0, 1, 2]] {
            var names = GroupNameInterner()
            let values = keys.map { "(\($0), 1)" }.joined(separator: ", ")
            let customers = try PurchaseScan.Customers(
                db.query(RenderedSQL(text: "SELECT column1, column2 FROM (VALUES \(values))", bindings: [])),
                absent: db.query(RenderedSQL(text: "SELECT NULL, 1", bindings: [])), dimensionCount: 0,
                interning: &names, dimensions: [])
            #expect(keys.map { customers.row(of: Int64($0)) } == keys.indices.map(Int32.init))
            #expect(
                [4, 21, -3, Int(Int64.min), Int(Int64.max)].map { customers.row(of: Int64($0)) } == [
                    -1, -1, -1, -1, -1,
                ])
        }
        for keys in ["(1), (3), (2)", "(1), (2), (2)", "(1), ('2')", "(1.5)"] {
            var scan = PurchaseScan(windows: [], groupColumns: [], timeColumn: "t")
            let rows = try db.query(RenderedSQL(text: "SELECT column1, 1 FROM (VALUES \(keys))", bindings: []))
            let absent = try db.query(RenderedSQL(text: "SELECT NULL, 1", bindings: []))
            #expect(throws: SplitScanGivesWay.self, "\(keys)") { try scan.readCustomers(rows, absent: absent) }
        }
    }

    /// One purchase of the source as read from the raw tables (the source's `where` and opt-out applied here).
    struct Purchase {
        let customer: CustomerID
        let time: String
        let amount: Double
        let groups: [String: String?]
    }

    /// Every order of the source: not cancelled (a NULL status fails `!=` too), with a customer, and
    /// not of an opted-out customer; plain `SELECT *`, filtered in Swift.
    static func rawPurchases(_ db: SQLiteDatabase) throws -> [Purchase] {
        var customers: [Int64: (region: String?, optedOut: Bool)] = [:]
        let people = try db.query(RenderedSQL(text: "SELECT id, region, opted_out FROM customers", bindings: []))
        while try people.next() {
            customers[people.integer(0)] = (people.text(1), !people.isNull(2) && people.integer(2) != 0)
        }
        var purchases: [Purchase] = []
        let orders = try db.query(
            RenderedSQL(text: "SELECT customer_id, ordered_at, status, channel, net_amount FROM orders", bindings: []))
        while try orders.next() {
            guard !orders.isNull(0), let status = orders.text(2), status != "cancelled", let time = orders.text(1)
            else { continue }
            let customer: CustomerID =
                orders.kind(0) == .integer ? .integer(orders.integer(0)) : .text(orders.text(0) ?? "")
            var region: String?
            if case .integer(let id) = customer {
                if customers[id]?.optedOut == true { continue }
                region = customers[id]?.region
            }
            if region == "East" { continue }
            purchases.append(
                Purchase(
                    customer: customer, time: time, amount: orders.isNull(4) ? 0 : orders.real(4),
                    groups: ["channel": orders.text(3), "region": region]))
        }
        return purchases
    }

    /// A customer's figures in a window, computed from their purchases.
    struct Expected {
        let customer: String
        let x, tx, T: Double
        let meanSpend: Double?
        let groups: [String: String]
    }

    /// The window's customers in id order: days merged, x, t_x and T in weeks, the mean of the repeat
    /// days' amounts, and each dimension's value on the latest purchase (the greatest at one instant).
    static func expected(_ purchases: [Purchase], window: CalibrationWindow) -> [Expected] {
        let inWindow = purchases.filter {
            RFMSummaryQuery.dayNumber(String($0.time.prefix(10))).map(window.contains) ?? false
        }
        return Dictionary(grouping: inWindow, by: \.customer).sorted { $0.key < $1.key }.map { customer, rows in
            var amountByDay: [Int: Double] = [:]
            for row in rows {
                amountByDay[RFMSummaryQuery.dayNumber(String(row.time.prefix(10)))!, default: 0] += row.amount
            }
            let days = amountByDay.keys.sorted()
            let repeatDays = days.dropFirst().map { amountByDay[$0]! }
            let latest = rows.map(\.time).max()!
            var groups: [String: String] = [:]
            for name in ["channel", "region"] {
                let values = rows.filter { $0.time == latest }.compactMap { $0.groups[name] ?? nil }
                if let greatest = values.max(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                    groups[name] = greatest
                }
            }
            return Expected(
                customer: customer.description, x: Double(days.count - 1),
                tx: Double(days.last! - days.first!) / 7, T: Double(window.endDay - 1 - days.first!) / 7,
                meanSpend: repeatDays.isEmpty ? nil : repeatDays.reduce(0, +) / Double(repeatDays.count), groups: groups
            )
        }
    }

    private func agrees(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }
}
