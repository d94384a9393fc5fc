import ArgumentParser
import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardSQL

/// `scorecard eval`: computes the KPIs for a period and prints them.
struct EvalCommand: ParsableCommand, DiagnosticsFormatting {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate the KPIs for a period against the CRM database and print them.",
        discussion: """
            The database is opened read-only and read in one snapshot. Periods: 2026-10 (a month), \
            2026-Q4 (a calendar quarter), FY2026 (the fiscal year ending in 2026), or last-month, \
            last-quarter, last-year. See docs/output.md for the JSON and CSV formats.
            """
    )

    /// How values are printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var inputs: EvaluationInputs

    @Option(
        help: "Output format: table (for people), json or csv; with json, errors are a JSON array of diagnostics too.")
    var format: OutputFormat = .table

    /// JSON diagnostics with `--format json`, text otherwise.
    var diagnosticsFormat: DiagnosticsFormat { format == .json ? .json : .text }

    @Option(name: .customLong("kpi"), help: "Evaluate only this KPI (and the KPIs it uses); repeatable.")
    var kpis: [String] = []

    func run() throws {
        let model = try inputs.loadModel()
        let period = try inputs.reportingPeriod(model)
        let values = try Evaluator(model: model).evaluate(
            database: try inputs.openDatabase(), period: period, kpiIDs: kpis.isEmpty ? nil : kpis,
            progress: TerminalProgress.ifInteractive())
        TerminalProgress.finish()
        inputs.warnAboutSkippedRows(values)
        for source in (values.dataCoverage ?? []) where !source.covers {
            FileHandle.standardError.write(
                Data("warning: data incomplete: \(source.shortfall(period: values.period))\n".utf8))
        }
        switch format {
        case .json: FileHandle.standardOutput.write(try values.jsonData())
        case .csv: FileHandle.standardOutput.write(Data(values.csv().utf8))
        case .table: print(ValueTable(values: values).render(), terminator: "")
        }
    }
}

/// The options every command that reads the CRM database shares.
struct EvaluationInputs: ParsableArguments {
    @Option(help: "The folder of metrics files.")
    var metrics = "metrics"

    @Option(
        help: ArgumentHelp(
            "The CRM database, only read: a SQLite file, or a postgresql:// URL (password from the URL, PGPASSWORD or ~/.pgpass).",
            valueName: "file-or-url"))
    var db: String

    @Option(
        help: ArgumentHelp(
            "PostgreSQL: cancel a statement that runs longer than this many seconds (default: no limit).",
            valueName: "seconds"))
    var statementTimeout: Int?

    @Option(help: "The reporting period: 2026-10, 2026-Q4, FY2026, last-month, last-quarter or last-year.")
    var period = "last-month"

    /// The checked model, or the diagnostics as an input failure.
    func loadModel() throws -> MetricsModel { try MetricsLoader.model(at: metrics) }

    /// The CRM database, opened read-only by the backend its location names.
    func openDatabase() throws -> any SQLDatabase { try DatabaseOpening.open(db, statementTimeout: statementTimeout) }

    func reportingPeriod(_ model: MetricsModel) throws -> ReportingPeriod {
        try MetricsLoader.period(period, for: model)
    }

    /// One line on standard error per check that rows failed and were left out (`bad_rows skip`).
    func warnAboutSkippedRows(_ values: ScorecardValues) {
        for bad in values.badRows {
            FileHandle.standardError.write(
                Data("warning: \(bad.summary); left out of every measure (bad_rows skip)\n".utf8))
        }
    }
}
