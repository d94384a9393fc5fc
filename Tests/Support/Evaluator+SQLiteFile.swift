import ScorecardEngine
import ScorecardSQLite

extension Evaluator {
    /// Evaluates against a SQLite file, opened for reading as the CLI opens it and closed afterwards.
    public func evaluate(
        databasePath: String, period: ReportingPeriod, kpiIDs: [String]? = nil, requireCoverage: Bool = false
    ) throws -> ScorecardValues {
        let database = try SQLiteDatabase.openForReading(path: databasePath)
        defer { database.close() }
        return try evaluate(database: database, period: period, kpiIDs: kpiIDs, requireCoverage: requireCoverage)
    }
}
