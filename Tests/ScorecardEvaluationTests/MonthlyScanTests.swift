import Foundation
import ScorecardDemo
import ScorecardLanguage
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// SQLite's faster path gives the plan's numbers: adding a source's months up from its row scan
/// (``SourceAggregateQueries/monthlyScan``) gives exactly what the monthly GROUP BY query gives,
/// for every source of the shipped library, with clean data and with bad rows left out.
@Suite struct MonthlyScanTests {
    @Test func theScanGivesTheMonthlyQuerysNumbersOnTheDemo() throws {
        let model = try ShippedFixture.model.get()
        try Self.compare(model: model, databasePath: ShippedFixture.database.get(), period: "2026-06")
    }

    /// Bad amounts and unreadable times, left out with `bad_rows skip` and counted; with `stop`, counted.
    @Test(arguments: ["skip", "stop"])
    func theScanGivesTheMonthlyQuerysNumbersWithBadRows(mode: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("bad.db").path
        try FileManager.default.copyItem(atPath: ShippedFixture.database.get(), toPath: path)
        let database = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try database.execute(
            """
            UPDATE orders SET net_amount = 'n/a' WHERE id % 97 = 0;
            UPDATE orders SET net_amount = ' 12.5 ' WHERE id % 89 = 0;
            UPDATE orders SET ordered_at = '2025-13-01' WHERE id % 83 = 0;
            UPDATE orders SET ordered_at = NULL WHERE id % 79 = 0;
            UPDATE order_lines SET quantity = 'many' WHERE id % 71 = 0;
            """)
        database.close()
        let files = ShippedMetrics.files().map { file in
            let text = String(decoding: file.bytes, as: UTF8.self)
            return SourceFile(
                path: file.path,
                text: text.replacingOccurrences(of: "min_group_size 5", with: "min_group_size 5\n  bad_rows \(mode)"))
        }
        let model = try ShippedFixture.checkedModel(files)
        #expect(model.settings.badRows.rawValue == mode)
        let checked = try Self.compare(model: model, databasePath: path, period: "2026-06")
        #expect(checked.contains { $0.rows > 0 && $0.problem == "not_a_number" })
        #expect(checked.contains { $0.rows > 0 && $0.problem == "unreadable_time" })
    }

    /// Runs every source's months both ways and compares them; returns the bad rows found.
    @discardableResult
    static func compare(model: MetricsModel, databasePath: String, period: String) throws -> [BadRows] {
        let parsed = try PeriodParser.parse(period, fiscalYearStart: model.settings.fiscalYearStart, today: Date())
        let comparisons = Comparisons(
            period: parsed, fiscal: FiscalCalendar(startMonth: model.settings.fiscalYearStart))
        let windows = EvaluationWindows(comparisons: comparisons, kpis: model.kpis, model: model)
        let planner = QueryPlanner(model: model, windows: windows.queryWindows)
        let measures = model.kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
        let plan = planner.planByMonth(measures: Array(measures))
        let database = try SQLiteDatabase.openForReading(path: databasePath)
        defer { database.close() }
        let runner = QueryRunner(database: database)
        #expect(plan.rows.count >= 5)
        var badRows: [BadRows] = []
        var scannedSources = 0
        for queries in plan.rows {
            let grouped = try runner.months(queries, scan: false)
            badRows += grouped.badRows
            // A source with a distinct count per month (order lines' orders) is only grouped.
            guard queries.monthlyScan != nil else { continue }
            scannedSources += 1
            let scanned = try runner.months(queries, scan: true)
            #expect(!grouped.monthsWithRows.isEmpty, "\(queries.title)")
            #expect(scanned.monthsWithRows == grouped.monthsWithRows, "\(queries.title)")
            #expect(scanned.badRows == grouped.badRows, "\(queries.title)")
            #expect(scanned.valueCounts == grouped.valueCounts, "\(queries.title)")
            #expect(Set(scanned.components.keys) == Set(grouped.components.keys), "\(queries.title)")
            for (month, row) in grouped.components {
                for component in queries.components {
                    let expected = row[component.column]
                    let actual = scanned.components[month]?[component.column] ?? nil
                    #expect(Self.same(actual, expected), "\(queries.title) month \(month) column \(component.column)")
                }
            }
        }
        #expect(scannedSources >= 5)
        return badRows
    }

    /// Equal, or both NULL; reals to 1e-9 relative (sums of whole cents are exact either way).
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
