import Foundation
import ScorecardDemo
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardSQLite
import ScorecardTestSupport

/// The shared fixture: a small demo database generated once per run, the shipped model, the
/// database's rows read into Swift, and the engine's results for a few periods.
enum ShippedFixture {
    static let options = DemoDatabaseOptions(customers: 400, months: 26, seed: 11, end: DemoMonth(year: 2026, month: 6))
    static let fiscalStart = 4

    /// The database path (generated on first use).
    static let database: Result<String, any Error> = Result {
        let folder = try RunFolder.make("scorecard-evaluation-tests")
        let path = folder.appendingPathComponent("crm.db").path
        _ = try DemoDatabaseGenerator(options: options).write(to: path)
        return path
    }

    /// The shipped library as checked by the compiler.
    static let model: Result<MetricsModel, any Error> = Result { try checkedModel(ShippedMetrics.files()) }

    /// The shipped library with `min_group_size 1`, so no breakdown group is suppressed.
    static let unsuppressedModel: Result<MetricsModel, any Error> = Result {
        let files = ShippedMetrics.files().map { file in
            let text = String(decoding: file.bytes, as: UTF8.self)
            return SourceFile(
                path: file.path, text: text.replacingOccurrences(of: "min_group_size 5", with: "min_group_size 1"))
        }
        return try checkedModel(files)
    }

    /// Every row the shipped KPIs read, joined in Swift.
    static let facts: Result<DemoFacts, any Error> = Result {
        let connection = try SQLiteDatabase(path: database.get(), mode: .readOnly)
        defer { connection.close() }
        return try DemoFacts(database: connection)
    }

    static let month = Result { try evaluate("2026-06") }
    static let quarter = Result { try evaluate("2026-Q2") }
    static let fiscalYear = Result { try evaluate("FY2026") }

    /// The reference implementations over the whole database.
    static func reference() throws -> DemoKPIReference { DemoKPIReference(facts: try facts.get()) }

    static func evaluate(_ period: String, model: MetricsModel? = nil) throws -> ScorecardValues {
        let parsed = try PeriodParser.parse(period, fiscalYearStart: fiscalStart, today: Date())
        return try Evaluator(model: model ?? self.model.get()).evaluate(databasePath: database.get(), period: parsed)
    }

    static func checkedModel(_ files: [SourceFile]) throws -> MetricsModel {
        let result = Checker.check(files.map(Parser.parse))
        guard let model = result.model else { throw FixtureError(message: "\(result.diagnostics)") }
        return model
    }
}

/// A fixture could not be built (the metrics did not check).
struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
