import ArgumentParser
import Foundation
import ScorecardEngine

/// `scorecard clv`: fits CLV models to a transactions table and prints parameters and CLV totals.
///
/// ```sh
/// scorecard clv --db crm.sqlite --table orders --customer customer_id --date ordered_at \
///   --amount net_amount --calibration-end 2025-12-31 --unit week --format json
/// ```
struct CLVCommand: ParsableCommand, DiagnosticsFormatting {
    static let configuration = CommandConfiguration(
        commandName: "clv",
        abstract:
            "Fit BG/NBD or Pareto/NBD plus Gamma-Gamma to a transactions table and predict customer lifetime value.",
        discussion: """
            The RFM summary is computed in SQL, one row per customer: purchases on the same day are \
            merged, transactions after --calibration-end are ignored, x = repeat purchase days, \
            t_x = last purchase day and T = calibration end, both counted from the first purchase \
            day, in --unit (a month is 30.4375 days). See docs/clv.md.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case json, table }

    @Option(help: "The database: a SQLite file or a postgresql:// URL, read-only.")
    var db: String

    @Option(help: "The transactions table.")
    var table: String

    @Option(help: "The customer column.")
    var customer: String

    @Option(help: "The timestamp column: ISO text 'YYYY-MM-DD[ HH:MM:SS]' (or unix seconds, see --timestamp-format).")
    var date: String

    @Option(help: "The amount column.")
    var amount: String

    @Option(help: "The last day of the calibration period, YYYY-MM-DD (inclusive).")
    var calibrationEnd: String

    @Option(help: "The models' time unit: day, week or month (30.4375 days).")
    var unit: RFMTimeUnit = .week

    @Option(help: "The purchase model: bgnbd or pareto-nbd.")
    var model: CLVModelChoice = .bgnbd

    @Option(help: "The CLV horizon in months.")
    var horizonMonths = 12

    @Option(help: "The monthly discount rate, e.g. 0.01 for 1% a month.")
    var discount = 0.01

    @Option(help: "How --date stores instants: iso (text) or unix (seconds since 1970).")
    var timestampFormat: RFMTimestampFormat = .iso

    @Option(help: "Output format: json or table.")
    var format: OutputFormat = .table

    @Option(
        help:
            "Also write one CSV row per customer (id, x, t_x, T, mean_spend, p_alive, expected_purchases, expected_spend, clv) to this file."
    )
    var customersCsv: String?

    /// With `--format json`, a problem with the table or its rows is written as JSON diagnostics too.
    var diagnosticsFormat: DiagnosticsFormat { format == .json ? .json : .text }

    func validate() throws {
        guard (0...1200).contains(horizonMonths) else {
            throw ValidationError("--horizon-months must be between 0 and 1200")
        }
        guard discount.isFinite, discount > -1, discount < 1 else {
            throw ValidationError("--discount must be a monthly rate in (-1, 1), e.g. 0.01")
        }
        _ = try query()
    }

    func run() throws {
        let query = try self.query()
        let database = try DatabaseOpening.open(db)
        let customers = try database.readSnapshot { try query.customers(in: database) }
        guard !customers.isEmpty else {
            throw CLVInputError.noTransactions(table: table, calibrationEnd: calibrationEnd)
        }
        let analysis = try CLVAnalysis(
            customers: customers, model: model, unit: unit,
            horizonMonths: horizonMonths, discount: discount)
        if let customersCsv {
            try CustomerCSVWriter.write(customers: customers, predictions: analysis.predictions, to: customersCsv)
        }
        let report = CLVReport(
            analysis: analysis, customers: customers, model: model, unit: unit,
            calibrationEnd: calibrationEnd, horizonMonths: horizonMonths, discount: discount)
        switch format {
        case .json: FileHandle.standardOutput.write(try report.jsonData())
        case .table: print(report.table(), terminator: "")
        }
    }

    private func query() throws -> RFMSummaryQuery {
        do {
            return try RFMSummaryQuery(
                table: table, customer: customer, timestamp: date, amount: amount,
                calibrationEnd: calibrationEnd, unit: unit, timestampFormat: timestampFormat)
        } catch {
            throw ValidationError("--calibration-end: \(error.description)")
        }
    }
}

extension RFMTimeUnit: ExpressibleByArgument {}
extension RFMTimestampFormat: ExpressibleByArgument {}
