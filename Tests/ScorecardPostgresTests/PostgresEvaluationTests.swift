import Foundation
import ScorecardDemo
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardPostgres
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

/// The shipped KPI library evaluated on the same demo data in SQLite and in PostgreSQL gives the
/// same scorecard: every KPI, window, trend point, target, status, breakdown and CLV value.
@Suite struct PostgresEvaluationTests {
    static let options = DemoDatabaseOptions(customers: 400, months: 26, seed: 11, end: DemoMonth(year: 2026, month: 6))

    @Test func theShippedLibraryGivesTheSameScorecardAsOnSQLite() throws {
        let folder = try TemporaryFolder()
        let demo = try Self.demoInBoth(folder)
        try Self.expectTheSameScorecard(
            sqlite: demo.sqlite, postgres: demo.fixture, periods: ["2026-06", "2026-Q2", "FY2026"])
    }

    /// The demo written to a SQLite file in `folder` and to a new PostgreSQL database.
    static func demoInBoth(_ folder: TemporaryFolder) throws -> (sqlite: String, fixture: PostgresFixture) {
        let path = folder.path("crm.sqlite")
        _ = try DemoDatabaseGenerator(options: options).write(to: path)
        let fixture = try PostgresFixture()
        _ = try DemoDatabaseGenerator(options: options).write(toPostgres: fixture.url)
        return (path, fixture)
    }

    /// Expects the shipped library's scorecard of each period to be the same on both databases
    /// (numbers to 1e-9 relative, the rest exactly).
    static func expectTheSameScorecard(sqlite path: String, postgres fixture: PostgresFixture, periods: [String])
        throws
    {
        let checked = Checker.check(ShippedMetrics.files().map(Parser.parse))
        let evaluator = Evaluator(model: try #require(checked.model))
        let sqlite = try SQLiteDatabase.openForReading(path: path)
        let postgres = try fixture.connect()
        for label in periods {
            let period = try PeriodParser.parse(label, fiscalYearStart: 4, today: Date())
            let expected = try evaluator.evaluate(database: sqlite, period: period)
            let values = try evaluator.evaluate(database: postgres, period: period)
            #expect(expected.kpis.count > 20 && values.kpis.map(\.id) == expected.kpis.map(\.id))
            let differences = try JSONTree.differences(values, expected, relativeTolerance: 1e-9)
            #expect(differences.isEmpty, "\(label): \(differences.prefix(5))")
        }
    }
}

/// Time columns of PostgreSQL's own types: the same demo with `date`, `timestamp` and
/// `timestamptz` columns instead of ISO text gives SQLite's scorecard too (the session is in UTC,
/// so a `timestamptz` falls in the same month as its text did).
@Suite struct PostgresTypedTimeTests {
    @Test func dateAndTimestampColumnsGiveTheSameScorecardAsOnSQLite() throws {
        let folder = try TemporaryFolder()
        let (path, fixture) = try PostgresEvaluationTests.demoInBoth(folder)
        try fixture.execute(
            """
            ALTER TABLE orders ALTER COLUMN ordered_at TYPE timestamptz USING CAST(ordered_at AS timestamp) AT TIME ZONE 'UTC';
            ALTER TABLE customers ALTER COLUMN acquired_on TYPE date USING CAST(acquired_on AS date);
            ALTER TABLE campaign_spend ALTER COLUMN spent_on TYPE date USING CAST(spent_on AS date);
            ALTER TABLE survey_responses ALTER COLUMN answered_on TYPE timestamp USING CAST(answered_on AS timestamp);
            ALTER TABLE loyalty_snapshots ALTER COLUMN snapshot_on TYPE date USING CAST(snapshot_on AS date);
            ALTER TABLE campaigns ALTER COLUMN started_on TYPE date USING CAST(started_on AS date);
            """)
        let tables = try fixture.connect().tables()
        #expect(
            tables.first { $0.name == "orders" }?.columns.first { $0.name == "ordered_at" }?.type.contains("time zone")
                == true)
        try PostgresEvaluationTests.expectTheSameScorecard(
            sqlite: path, postgres: fixture, periods: ["2026-06", "FY2026"])
    }
}

/// Flags of PostgreSQL's `boolean` type where the demo (like SQLite) has integers 0 and 1: the
/// opt-out flag, `order_lines.returned = 1` and `share(tickets.first_contact_resolution = 1)`
/// give SQLite's scorecard (they failed with "operator does not exist: boolean = integer" and
/// "NULLIF(boolean, integer)" before the catalogue's types reached the plan).
@Suite struct PostgresBooleanFlagTests {
    @Test func booleanFlagsGiveTheSameScorecardAsIntegerFlagsOnSQLite() throws {
        let folder = try TemporaryFolder()
        let (path, fixture) = try PostgresEvaluationTests.demoInBoth(folder)
        try fixture.execute(
            """
            ALTER TABLE customers ALTER COLUMN opted_out TYPE boolean USING opted_out <> 0;
            ALTER TABLE order_lines ALTER COLUMN returned TYPE boolean USING returned <> 0;
            ALTER TABLE support_tickets ALTER COLUMN first_contact_resolution TYPE boolean
              USING first_contact_resolution <> 0;
            """)
        let tables = try fixture.connect().tables()
        #expect(
            tables.first { $0.name == "order_lines" }?.columns.first { $0.name == "returned" }?.type == "boolean")
        // The flags are not all alike: each value of each flag occurs.
        let counts = try fixture.execute(
            "SELECT count(DISTINCT opted_out) FROM customers UNION ALL SELECT count(DISTINCT returned) FROM order_lines"
                + " UNION ALL SELECT count(DISTINCT first_contact_resolution) FROM support_tickets")
        #expect(counts.split(separator: "\n") == ["2", "2", "2"])
        try PostgresEvaluationTests.expectTheSameScorecard(
            sqlite: path, postgres: fixture, periods: ["2026-06", "FY2026"])
    }
}

extension PostgresBooleanFlagTests {
    static let flagMetrics =
        FlagFixtureSources.ordersAndCustomers + """
            measure vip_orders = count(orders) where customers.vip
            measure other_orders = count(orders) where not customers.vip and orders.amount > 0
            measure gift_share = share(orders.gift)
            measure gifts = sum(orders.gift)
            measure unmarked = count(orders) where orders.gift is null

            """

    static func kpi(_ id: String) -> String {
        "kpi \(id) {\n  stage product\n  focus internal\n  value \(id)\n}\n"
    }

    @Test func aBooleanFlagIsAConditionWhereOneStandsAndANumberElsewhere() throws {
        // Customer c is a VIP when c % 3 == 0 and opted out when c % 5 == 0; order o has customer
        // o % 7, is a gift when o % 4 == 0, unmarked (NULL) when o % 9 == 0, amount o % 6.
        let customers = (0..<7).map { (id: $0, vip: $0 % 3 == 0, optedOut: $0 % 5 == 0) }
        let orders = (1...60).map { (id: $0, customer: $0 % 7, gift: $0 % 9 == 0 ? nil : $0 % 4 == 0, amount: $0 % 6) }
        let sql =
            "CREATE TABLE customers (id bigint PRIMARY KEY, vip boolean, opted_out boolean);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, ordered_at text, amount numeric, gift boolean);\n"
            + "INSERT INTO customers VALUES "
            + customers.map { "(\($0.id), \($0.vip), \($0.optedOut))" }.joined(separator: ", ") + ";\n"
            + "INSERT INTO orders VALUES "
            + orders.map {
                "(\($0.id), \($0.customer), '2026-03-\(String(format: "%02d", $0.id % 28 + 1))', \($0.amount), \($0.gift.map(String.init) ?? "NULL"))"
            }
            .joined(separator: ", ") + ";"
        let fixture = try PostgresFixture(sql)
        let text =
            Self.flagMetrics + ["vip_orders", "other_orders", "gift_share", "gifts", "unmarked"].map(Self.kpi).joined()
        let model = try #require(Checker.check([Parser.parse(SourceFile(path: "flags.kpi", text: text))]).model)
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        let values = try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)
        let value = { (id: String) in values.kpis.first { $0.id == id }?.value }

        // Independently, over the rows of customers who did not opt out.
        let kept = orders.filter { !customers[$0.customer].optedOut }
        #expect(value("vip_orders") == Double(kept.filter { customers[$0.customer].vip }.count))
        #expect(value("other_orders") == Double(kept.filter { !customers[$0.customer].vip && $0.amount > 0 }.count))
        #expect(value("gift_share") == Double(kept.filter { $0.gift == true }.count) / Double(kept.count))
        #expect(value("gifts") == Double(kept.filter { $0.gift == true }.count))
        #expect(value("unmarked") == Double(kept.filter { $0.gift == nil }.count))
    }
}
