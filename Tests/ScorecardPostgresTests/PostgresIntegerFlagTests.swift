import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

/// Integer and `numeric` columns used bare as conditions on PostgreSQL (`where customers.vip`),
/// which takes only a boolean there: the plan tests them `<> 0`, so they mean what they mean in
/// SQLite (not zero is true, NULL is not true, `not flag` is true only for 0). Checked against
/// counts over the raw rows, which SQLite gives too.
@Suite struct PostgresIntegerFlagTests {
    static let metrics =
        FlagFixtureSources.ordersAndCustomers + """
            source gifted {
              table orders
              key id
              time ordered_at
              join customers on customer_id
              where gifted.gift
            }

            measure vip_orders = count(orders) where customers.vip
            measure plain_orders = count(orders) where not customers.vip
            measure vip_gifts = count(orders) where customers.vip and orders.gift
            measure vip_or_gift = count(orders) where customers.vip or not orders.gift
            measure priced = count(orders) where orders.amount
            measure gift_share = share(orders.gift)
            measure no_gift_share = share(not orders.gift)
            measure vip_share = share(customers.vip and orders.amount)
            measure gifted_orders = count(gifted)
            measure gifted_plain = count(gifted) where not customers.vip

            """

    static let measures = [
        "vip_orders", "plain_orders", "vip_gifts", "vip_or_gift", "priced", "gift_share", "no_gift_share",
        "vip_share", "gifted_orders", "gifted_plain",
    ]

    /// A customer: `vip` is 0, 1, 2 or NULL; opted out when `opted_out` is not 0 (2) and not NULL.
    struct Customer {
        let id: Int
        let vip: Int?
        let optedOut: Int?
    }

    /// An order: `gift` is 0, 1, -1, 3 or NULL; `amount` a `numeric` 0, 0.5, 2.25, -1 or NULL.
    struct Order {
        let id: Int
        let customer: Int
        let gift: Int?
        let amount: Double?
    }

    static let customers = (0..<11).map {
        Customer(id: $0, vip: $0 % 4 == 0 ? nil : $0 % 3, optedOut: [0, nil, 2, 0, 0][$0 % 5])
    }
    static let orders = (1...90).map {
        Order(
            id: $0, customer: $0 % 11, gift: $0 % 9 == 0 ? nil : [0, 1, -1, 3][$0 % 4],
            amount: $0 % 7 == 0 ? nil : [0, 0.5, 2.25, 0, -1][$0 % 5])
    }

    static func setupSQL() -> String {
        let text = { (value: CustomStringConvertible?) in value.map { "\($0)" } ?? "NULL" }
        return "CREATE TABLE customers (id bigint PRIMARY KEY, vip integer, opted_out smallint);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, ordered_at text, gift bigint, "
            + "amount numeric(6,2));\n"
            + "INSERT INTO customers VALUES "
            + customers.map { "(\($0.id), \(text($0.vip)), \(text($0.optedOut)))" }.joined(separator: ", ") + ";\n"
            + "INSERT INTO orders VALUES "
            + orders.map {
                "(\($0.id), \($0.customer), '2026-03-\(String(format: "%02d", $0.id % 28 + 1))', \(text($0.gift)), \(text($0.amount)))"
            }.joined(separator: ", ") + ";"
    }

    static func model() throws -> MetricsModel {
        let kpis = measures.map { "kpi \($0) {\n  stage product\n  focus internal\n  value \($0)\n}\n" }.joined()
        return try #require(
            Checker.check([Parser.parse(SourceFile(path: "flags.kpi", text: metrics + kpis))]).model)
    }

    // SQLite's truth of a number: true when not zero, unknown (NULL) when NULL.
    static func truth(_ value: Int?) -> Bool? { value.map { $0 != 0 } }
    static func truth(_ value: Double?) -> Bool? { value.map { $0 != 0 } }
    static func not(_ value: Bool?) -> Bool? { value.map { !$0 } }
    static func and(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == false || b == false { return false }
        return a == nil || b == nil ? nil : true
    }
    static func or(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == true || b == true { return true }
        return a == nil || b == nil ? nil : false
    }

    /// Each measure's value computed from the rows above, with SQLite's truth.
    static func expected() -> [String: Double] {
        let vip = { (order: Order) in truth(customers[order.customer].vip) }
        let kept = orders.filter { truth(customers[$0.customer].optedOut) != true }
        let count = { (rows: [Order], condition: (Order) -> Bool?) in
            Double(rows.filter { condition($0) == true }.count)
        }
        let share = { (condition: (Order) -> Bool?) in count(kept, condition) / Double(kept.count) }
        let gifted = orders.filter { truth($0.gift) == true }
        return [
            "vip_orders": count(kept, vip),
            "plain_orders": count(kept) { not(vip($0)) },
            "vip_gifts": count(kept) { and(vip($0), truth($0.gift)) },
            "vip_or_gift": count(kept) { or(vip($0), not(truth($0.gift))) },
            "priced": count(kept) { truth($0.amount) },
            "gift_share": share { truth($0.gift) },
            "no_gift_share": share { not(truth($0.gift)) },
            "vip_share": share { and(vip($0), truth($0.amount)) },
            "gifted_orders": Double(gifted.count),
            "gifted_plain": count(gifted) { not(vip($0)) },
        ]
    }

    @Test func integerAndNumericColumnsAreConditionsAsInSQLite() throws {
        let fixture = try PostgresFixture(Self.setupSQL())
        let model = try Self.model()
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        let values = try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)
        let expected = Self.expected()
        for id in Self.measures {
            let value = try #require(values.kpis.first { $0.id == id }?.value, "\(id) has no value")
            #expect(value == expected[id], "\(id)")
        }
        // The cases are not degenerate: each truth occurs, and each measure differs from the others.
        #expect(Set(Self.customers.map { Self.truth($0.vip) }).count == 3)
        #expect(Set(Self.orders.map { Self.truth($0.gift) }).count == 3)
        #expect(Set(expected.values).count == expected.count, "\(expected)")
    }

    /// The counts above are SQLite's: the same rows in SQLite give the same values.
    @Test func sqliteGivesTheSameCounts() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("flags.sqlite")
        let writer = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try writer.execute(Self.setupSQL())
        writer.close()
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        let values = try Evaluator(model: try Self.model()).evaluate(
            database: try SQLiteDatabase.openForReading(path: path), period: period)
        let expected = Self.expected()
        for id in Self.measures {
            #expect(values.kpis.first { $0.id == id }?.value == expected[id], "\(id)")
        }
    }

    @Test func theConditionIsWrittenNotZeroOnPostgreSQLOnly() throws {
        let fixture = try PostgresFixture(Self.setupSQL())
        let evaluator = Evaluator(model: try Self.model())
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        let postgres = try evaluator.explain(kpiID: "vip_or_gift", period: period, database: try fixture.connect())
            .map(\.sql.text).joined(separator: "\n")
        #expect(
            postgres.contains("((\"t0_customers\".\"vip\" <> 0) OR (NOT (\"t0_orders\".\"gift\" <> 0)))"), "\(postgres)"
        )
        // As a value it stays the number: the opt-out test.
        #expect(postgres.contains("(NULLIF(\"t0_customers\".\"opted_out\", $"), "\(postgres)")
        let sqlite = try evaluator.explain(kpiID: "vip_or_gift", period: period, dialect: SQLiteDialect())
            .map(\.sql.text).joined(separator: "\n")
        #expect(sqlite.contains("(\"t0_customers\".\"vip\" OR (NOT \"t0_orders\".\"gift\"))"), "\(sqlite)")
    }
}
