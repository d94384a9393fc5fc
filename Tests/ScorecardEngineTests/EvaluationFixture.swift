import Foundation
import ScorecardLanguage
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport

@testable import ScorecardEngine

/// A small sales database and metrics written for it, for evaluator tests.
struct EvaluationFixture {
    let folder: TemporaryFolder
    let databasePath: String

    /// Creates `sales.sqlite` with the given statements run in one transaction.
    init(schema: String, rows: (SQLiteDatabase) throws -> Void) throws {
        folder = try TemporaryFolder()
        databasePath = folder.path("sales.sqlite")
        let database = try SQLiteDatabase(path: databasePath, mode: .readWriteCreate)
        defer { database.close() }
        try database.execute(schema)
        try database.writeTransaction { try rows(database) }
    }

    /// The checked model of a metrics text (fails the test when it does not check).
    static func model(_ text: String, file: String = "fixture.kpi") throws -> MetricsModel {
        let result = Checker.check([Parser.parse(SourceFile(path: file, text: text))])
        guard let model = result.model else {
            throw FixtureError(message: result.diagnostics.map(DiagnosticRenderer.text).joined())
        }
        return model
    }

    func evaluate(_ metrics: String, period: String, kpis: [String]? = nil) throws -> ScorecardValues {
        let model = try Self.model(metrics)
        let reporting = try PeriodParser.parse(period, fiscalYearStart: model.settings.fiscalYearStart, today: Date())
        return try Evaluator(model: model).evaluate(databasePath: databasePath, period: reporting, kpiIDs: kpis)
    }

    /// A planner over one window of 31 days (the plan's shape, not its values, is what such tests look at).
    static func oneWindowPlanner(_ model: MetricsModel) -> QueryPlanner {
        QueryPlanner(
            model: model,
            windows: [
                QueryWindow(id: 0, firstDay: 20_000, endDay: 20_031, previousFirstDay: 19_969, previousEndDay: 20_000)
            ])
    }

    /// The model's values for a period (`YYYY-MM`), evaluated on the fixture's database with
    /// SQLite's row scans or with the plan every other database runs.
    func evaluate(_ model: MetricsModel, period: String, scansRows: Bool) throws -> ScorecardValues {
        let database = try SQLiteDatabase.openForReading(path: databasePath)
        defer { database.close() }
        database.prefersRowScans = scansRows
        let period = try PeriodParser.parse(period, fiscalYearStart: model.settings.fiscalYearStart, today: Date())
        return try Evaluator(model: model).evaluate(database: database, period: period)
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension ScorecardValues {
    /// The result of one KPI.
    func kpi(_ id: String) -> KPIResult? { kpis.first { $0.id == id } }
}

/// A minimal KPI block for fixtures.
func fixtureKPI(_ id: String, value: String, _ extra: String = "") -> String {
    """
    kpi \(id) {
      stage product
      focus internal
      value \(value)
      target 1
      owner "Test"
      description "Fixture KPI."
    \(extra)}

    """
}

/// Customers' purchase months from raw rows (months counted from 2024-01), for the customer
/// measures' expected values, computed here rather than by the engine.
struct RawCustomerMonths {
    /// The purchases that have a customer.
    let purchases: [(customer: Int, month: Int)]

    init(_ rows: [(customer: Int?, month: Int)]) {
        purchases = rows.compactMap { row in row.customer.map { ($0, row.month) } }
    }

    /// The windows a 2025-05 scorecard compares (2025-05 is month 16) and the result each fills:
    /// the month, the one before, a year before, YTD and last year's YTD (April fiscal years).
    static var windowsOfMay2025: [(name: String, months: ClosedRange<Int>, value: KeyPath<KPIResult, Double?>)] {
        [
            ("month", 16...16, \.value), ("previous", 15...15, \.previous), ("last year", 4...4, \.lastYear),
            ("ytd", 12...16, \.ytd), ("ytd last year", 0...4, \.ytdLastYear),
        ]
    }

    /// The customers buying in the months.
    func customers(_ months: ClosedRange<Int>) -> Set<Int> {
        Set(purchases.filter { months.contains($0.month) }.map(\.customer))
    }

    /// The share of the window before's customers who buy in the months; nil when it had none.
    func retention(_ months: ClosedRange<Int>) -> Double? {
        let base = customers((months.lowerBound - months.count)...(months.lowerBound - 1))
        return base.isEmpty ? nil : Double(base.intersection(customers(months)).count) / Double(base.count)
    }

    /// The customers whose first purchase falls in the months.
    func newcomers(_ months: ClosedRange<Int>) -> Double {
        let first = purchases.reduce(into: [Int: Int]()) { first, purchase in
            first[purchase.customer] = min(first[purchase.customer] ?? .max, purchase.month)
        }
        return Double(first.values.filter(months.contains).count)
    }
}
