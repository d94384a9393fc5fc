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
