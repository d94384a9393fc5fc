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
        let path = folder.path("crm.sqlite")
        _ = try DemoDatabaseGenerator(options: Self.options).write(to: path)
        let fixture = try PostgresFixture()
        _ = try DemoDatabaseGenerator(options: Self.options).write(toPostgres: fixture.url)
        let checked = Checker.check(ShippedMetrics.files().map(Parser.parse))
        let evaluator = Evaluator(model: try #require(checked.model))
        let sqlite = try SQLiteDatabase.openForReading(path: path)
        let postgres = try fixture.connect()
        for label in ["2026-06", "2026-Q2", "FY2026"] {
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
        let path = folder.path("crm.sqlite")
        let options = PostgresEvaluationTests.options
        _ = try DemoDatabaseGenerator(options: options).write(to: path)
        let fixture = try PostgresFixture()
        _ = try DemoDatabaseGenerator(options: options).write(toPostgres: fixture.url)
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
        let checked = Checker.check(ShippedMetrics.files().map(Parser.parse))
        let evaluator = Evaluator(model: try #require(checked.model))
        let sqlite = try SQLiteDatabase.openForReading(path: path)
        let postgres = try fixture.connect()
        for label in ["2026-06", "FY2026"] {
            let period = try PeriodParser.parse(label, fiscalYearStart: 4, today: Date())
            let expected = try evaluator.evaluate(database: sqlite, period: period)
            let values = try evaluator.evaluate(database: postgres, period: period)
            #expect(expected.kpis.count > 20)
            let differences = try JSONTree.differences(values, expected, relativeTolerance: 1e-9)
            #expect(differences.isEmpty, "\(label): \(differences.prefix(5))")
        }
    }
}
