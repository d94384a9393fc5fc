import ArgumentParser
import Foundation
import ScorecardEngine
import ScorecardSQL

/// `scorecard explain`: shows the SQL a KPI runs, with its bound values.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print the SQL that computes a KPI, with the values bound to its parameters."
    )

    @Argument(help: "The KPI id.")
    var kpi: String

    @Option(help: "The folder of metrics files.")
    var metrics = "metrics"

    @Option(help: "The reporting period (as for eval).")
    var period = "last-month"

    @Option(
        help: ArgumentHelp(
            "The CRM database, as for eval: opened read-only and only its catalogue read, so the SQL is what eval runs there (on PostgreSQL, with the column types); without it, SQLite's SQL.",
            valueName: "file-or-url"))
    var db: String?

    func run() throws {
        let model = try MetricsLoader.model(at: metrics)
        let period = try MetricsLoader.period(period, for: model)
        let evaluator = Evaluator(model: model)
        let queries: [(title: String, sql: RenderedSQL)]
        if let db {
            let database = try DatabaseOpening.open(db)
            defer { database.close() }
            queries = try evaluator.explain(kpiID: kpi, period: period, database: database)
        } else {
            queries = try evaluator.explain(kpiID: kpi, period: period, dialect: DatabaseOpening.defaultDialect)
        }
        for (index, query) in queries.enumerated() {
            print("-- query \(index + 1) of \(queries.count): \(query.title)")
            print(query.sql.text + ";")
            print(
                "-- bound values: "
                    + query.sql.bindings.enumerated().map { "?\($0.offset + 1) = \($0.element)" }.joined(
                        separator: ", "))
            print()
        }
    }
}
