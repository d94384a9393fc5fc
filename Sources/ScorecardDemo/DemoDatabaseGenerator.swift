import Foundation
import ScorecardResults
import ScorecardSQLite

/// Generates the demo CRM database: a realistic, deterministic retailer with six regions.
///
/// ```swift
/// let options = DemoDatabaseOptions(customers: 20_000, months: 36, seed: 1, end: DemoMonth(year: 2025, month: 12))
/// let summary = try DemoDatabaseGenerator(options: options).write(to: "demo.db")
/// print(summary)   // wrote demo.db (2023-01 to 2025-12): 20000 customers, ...
/// ```
///
/// The database is built in a temporary file beside the target and renamed into place only
/// when complete, so an existing file is replaced only on success. The same options give the
/// same content; see docs/demo-database.md for the schema and the shape of the data.
public struct DemoDatabaseGenerator: Sendable {
    /// What to generate.
    public let options: DemoDatabaseOptions

    /// A generator for `options`.
    public init(options: DemoDatabaseOptions) {
        self.options = options
    }

    /// Writes the database to `path`, atomically replacing any file there.
    public func write(to path: String) throws -> DemoDatabaseSummary {
        try options.validate()
        let temporary = try DemoOutputFile.temporaryPath(beside: path)
        do {
            let counts = try generate(into: temporary)
            try DemoOutputFile.moveIntoPlace(temporary, path)
            return DemoDatabaseSummary(path: path, start: options.start, end: options.end, rowCounts: counts)
        } catch {
            DemoOutputFile.remove(temporary)
            throw error
        }
    }

    /// Generates every table into a new database file at `path`; returns the rows per table.
    private func generate(into path: String) throws -> [String: Int] {
        let database = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        defer { database.close() }
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
        try database.execute(DemoSchema.tables)
        let writer = DemoTableWriter(database: database)
        try database.execute("BEGIN")
        try fill(writer)
        try database.execute("COMMIT")
        try database.execute(DemoSchema.indexes)
        try database.execute("ANALYZE")
        return writer.rowCounts
    }

    /// Draws the data and inserts every row.
    func fill(_ writer: DemoTableWriter) throws {
        var random = DemoRandom(seed: options.seed, stream: "setup")
        let catalog = Catalog(random: &random)
        let plan = CampaignPlan(options: options, random: &random)
        let customers = CustomerBase.generate(options: options, plan: plan, random: &random)
        try ReferenceTables.write(catalog: catalog, plan: plan, options: options, to: writer)
        try ReferenceTables.writeCustomers(customers, plan: plan, to: writer)
        let simulator = OrderSimulator(
            options: options, catalog: catalog, plan: plan, customers: customers, writer: writer)
        try simulator.run()
        try simulator.support.write(to: writer)
        try simulator.surveys.write(to: writer)
        try BudgetPlanner.write(actuals: simulator.actuals, options: options, to: writer)
    }
}
