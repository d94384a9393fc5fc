import ArgumentParser
import Foundation
import ScorecardEngine

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

    @Option(help: "The database whose SQL dialect to print, as for eval (not opened); SQLite when omitted.")
    var db: String?

    func run() throws {
        let model = try MetricsLoader.model(at: metrics)
        let queries = try Evaluator(model: model).explain(
            kpiID: kpi, period: try MetricsLoader.period(period, for: model), dialect: DatabaseOpening.dialect(for: db))
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
