import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import Testing

@testable import ScorecardEngine

/// The freshness check: how far each used source's data reaches, in every time format, against
/// the period's end minus the source's lag.
@Suite struct DataCoverageTests {
    static let schema = """
        CREATE TABLE orders (id INTEGER PRIMARY KEY, ordered_at TEXT);
        CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER);
        CREATE TABLE returns (id INTEGER PRIMARY KEY, line_id INTEGER);
        CREATE TABLE tickets (id INTEGER PRIMARY KEY, opened_at INTEGER);
        CREATE TABLE snapshots (id INTEGER PRIMARY KEY, taken REAL);
        CREATE TABLE spend (id INTEGER PRIMARY KEY, spent_on TEXT);
        CREATE TABLE visits (id INTEGER PRIMARY KEY, visited_at TEXT);
        CREATE TABLE regions (id INTEGER PRIMARY KEY);
        """

    static let metrics = """
        scorecard "Coverage" {
          bad_rows skip
        }
        source orders {
          table orders
          key id
          time ordered_at
        }
        source lines {
          table order_lines
          key id
          time orders.ordered_at
          join orders on order_id
        }
        source returns {
          table returns
          key id
          time orders.ordered_at
          join lines on line_id
          join orders via lines.order_id
        }
        source tickets {
          table tickets
          key id
          time opened_at unix
        }
        source snapshots {
          table snapshots
          key id
          time taken julian
        }
        source spend {
          table spend
          key id
          time spent_on
          lag 1 month
        }
        source visits {
          table visits
          key id
          time visited_at
        }
        source regions {
          table regions
          key id
        }
        measure a = count(orders)
        measure b = count(lines)
        measure c = count(tickets)
        measure d = count(snapshots)
        measure e = count(spend)
        measure f = count(visits)
        measure g = count(returns)
        kpi everything {
          stage product
          focus internal
          value a + b + c + d + e + f + g
        }
        kpi orders_only {
          stage product
          focus internal
          value a
        }
        """

    /// Unix seconds of a UTC time, computed with Foundation's calendar (independent of the engine).
    static func unix(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
        return Int64(date.timeIntervalSince1970)
    }

    /// Orders to 28 Feb 2024 (the last one without lines, the only return on January's; an
    /// unreadable and a missing time, which do not count), tickets to 29 Feb 23:30 UTC, snapshots
    /// to 10 Feb, spend booked on 1 Feb, no visits.
    static func fixture() throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            try database.execute(
                """
                INSERT INTO orders VALUES (1, '2024-01-15 08:00:00'), (2, '2024-02-27 10:00:00'), (3, '2024-02-28 09:00:00'),
                                          (4, 'unknown'), (5, NULL);
                INSERT INTO order_lines VALUES (1, 1), (2, 2);
                INSERT INTO returns VALUES (1, 1);
                INSERT INTO snapshots VALUES (1, julianday('2024-01-31')), (2, julianday('2024-02-10'));
                INSERT INTO spend VALUES (1, '2024-01-01'), (2, '2024-02-01');
                """)
            let tickets = try database.prepare("INSERT INTO tickets (opened_at) VALUES (?)")
            try tickets.run([.integer(unix(2024, 2, 3, 9, 0))])
            try tickets.run([.integer(unix(2024, 2, 29, 23, 30))])
            try tickets.run([.text("later")])
        }
    }

    @Test func everyFormatReachesItsLatestDayAndCoversWithinTheLag() throws {
        let fixture = try Self.fixture()
        let values = try fixture.evaluate(Self.metrics, period: "2024-02")
        let coverage = Dictionary(uniqueKeysWithValues: (values.dataCoverage ?? []).map { ($0.source, $0) })
        #expect(coverage.keys.sorted() == ["lines", "orders", "returns", "snapshots", "spend", "tickets", "visits"])
        #expect(coverage["orders"]?.lastDate == "2024-02-28")
        #expect(coverage["lines"]?.lastDate == "2024-02-27")
        #expect(coverage["returns"]?.lastDate == "2024-01-15")
        #expect(coverage["tickets"]?.lastDate == "2024-02-29")
        #expect(coverage["snapshots"]?.lastDate == "2024-02-10")
        #expect(coverage["spend"]?.lastDate == "2024-02-01")
        #expect(coverage["visits"]?.lastDate == nil)
        // 29 Feb 2024 minus the standard 7 days; minus one month for spend.
        #expect(coverage["orders"]?.neededDate == "2024-02-22")
        #expect(coverage["spend"]?.neededDate == "2024-01-29")
        #expect(coverage.filter { !$0.value.covers }.keys.sorted() == ["returns", "snapshots", "visits"])
        #expect(values.provisional == true)
    }

    @Test func requiringCoverageStopsBeforeEvaluatingAndNamesTheSources() throws {
        let fixture = try Self.fixture()
        let model = try EvaluationFixture.model(Self.metrics)
        let period = ReportingPeriod.month(Month(year: 2024, month: 2))
        #expect {
            try Evaluator(model: model).evaluate(
                databasePath: fixture.databasePath, period: period, requireCoverage: true)
        } throws: { error in
            guard case .dataIncomplete(let label, let sources)? = (error as? EvaluationError)?.kind else {
                return false
            }
            return label == "2024-02" && sources.map(\.source) == ["returns", "snapshots", "visits"]
                && "\(error)".contains(
                    "source 'snapshots' (table snapshots) reaches 2024-02-10; covering 2024-02 needs data to 2024-02-22 (lag 7 days)"
                )
                && "\(error)".contains("source 'visits' (table visits) has no dated rows")
        }
        // Only the sources the selected KPIs use are checked: orders alone cover February.
        let ordersOnly = try Evaluator(model: model).evaluate(
            databasePath: fixture.databasePath, period: period,
            kpiIDs: ["orders_only"], requireCoverage: true)
        #expect(ordersOnly.dataCoverage?.map(\.source) == ["orders"])
        #expect(ordersOnly.provisional == false)
        // March is past every source's data.
        let march = ReportingPeriod.month(Month(year: 2024, month: 3))
        #expect(throws: EvaluationError.self) {
            try Evaluator(model: model).evaluate(
                databasePath: fixture.databasePath, period: march, kpiIDs: ["orders_only"], requireCoverage: true)
        }
    }

    /// Own and joined time columns alike: the latest time is read by walking the time column's
    /// index from its end (`ORDER BY … DESC LIMIT 1`), and the join steps by their foreign-key
    /// indexes: no table is scanned.
    @Test(arguments: ["orders", "lines", "returns"])
    func theReachOfAnIndexedTimeColumnIsAnIndexLookup(_ source: String) throws {
        let fixture = try Self.fixture()
        let model = try EvaluationFixture.model(Self.metrics)
        let select = try #require(QueryPlanner(model: model, windows: []).reachQuery(source: source))
        #expect(QueryPlanner(model: model, windows: []).reachQuery(source: "regions") == nil)
        let database = try SQLiteDatabase(path: fixture.databasePath, mode: .readWriteCreate)
        defer { database.close() }
        try database.execute(
            """
            CREATE INDEX orders_ordered_at ON orders (ordered_at);
            CREATE INDEX order_lines_order_id ON order_lines (order_id);
            CREATE INDEX returns_line_id ON returns (line_id)
            """)
        let plan = try database.prepare("EXPLAIN QUERY PLAN " + SQLiteDialect().render(select).text)
        var steps: [String] = []
        while try plan.step() { steps.append(plan.string(at: 3) ?? "") }
        #expect(steps.contains { $0.contains("INDEX orders_ordered_at") }, "\(steps)")
        #expect(
            !steps.contains { $0.hasPrefix("SCAN") && !$0.hasPrefix("SCAN r") && !$0.contains("INDEX") }, "\(steps)")
        #expect(!steps.contains { $0.contains("TEMP B-TREE") }, "no sort: \(steps)")
    }

    @Test func monthLagsKeepTheDayOfTheMonthClampedToShortMonths() {
        let march = ReportingPeriod.month(Month(year: 2026, month: 3))
        #expect(DataCoverageReader.neededDate(period: march, lag: DataLag(count: 1, unit: .months)) == "2026-02-28")
        #expect(DataCoverageReader.neededDate(period: march, lag: DataLag(count: 0, unit: .days)) == "2026-03-31")
        let quarter = ReportingPeriod.quarter(year: 2026, quarter: 4)
        #expect(DataCoverageReader.neededDate(period: quarter, lag: .standard) == "2026-12-24")
        #expect(DataCoverageReader.neededDate(period: quarter, lag: DataLag(count: 2, unit: .months)) == "2026-10-31")
    }
}
