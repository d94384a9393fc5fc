import Foundation
import ScorecardDemo
import ScorecardEngine
import ScorecardSQLite
import ScorecardTestSupport
import Testing

/// Growth KPIs read two years back for their trend's last-year points: a demo history long
/// enough for every one of them, checked against the reference over the raw rows.
@Suite("Growth KPIs' trend reaches two years back")
struct GrowthTrendTests {
    /// 40 months of history ending 2026-06: every trend point's last-year growth has its data.
    static let database = Result { () -> String in
        let folder = try RunFolder.make("scorecard-growth")
        let path = folder.appendingPathComponent("crm.db").path
        let options = DemoDatabaseOptions(customers: 150, months: 40, seed: 5, end: DemoMonth(year: 2026, month: 6))
        _ = try DemoDatabaseGenerator(options: options).write(to: path)
        return path
    }

    @Test("every trend point of revenue_growth has last year's value, equal to the reference")
    func lastYearPoints() throws {
        let path = try Self.database.get()
        let model = try ShippedFixture.model.get()
        let period = try PeriodParser.parse("2026-06", fiscalYearStart: ShippedFixture.fiscalStart, today: Date())
        let values = try Evaluator(model: model).evaluate(
            databasePath: path, period: period, kpiIDs: ["revenue_growth"])
        let result = try #require(values.kpis.first { $0.id == "revenue_growth" })
        let connection = try SQLiteDatabase(path: path, mode: .readOnly)
        defer { connection.close() }
        let reference = DemoKPIReference(facts: try DemoFacts(database: connection))
        let windows = ExpectedWindows(period: Window(year: 2026, month: 6), fiscalStart: ShippedFixture.fiscalStart)
        #expect(result.trend.count == 13)
        for (point, window) in zip(result.trend, windows.trend) {
            let expected = try #require(
                reference.value("revenue_growth", in: window.shifted(-12)), "no reference for \(window)")
            let actual = try #require(point.lastYear, "trend \(point.period) has no last-year value")
            #expect(
                abs(actual - expected) <= 1e-9 * max(1, abs(expected)),
                "trend \(point.period): \(actual) vs \(expected)")
        }
    }
}
