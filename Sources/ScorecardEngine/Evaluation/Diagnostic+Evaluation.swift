import ScorecardLanguage
import ScorecardModel

/// The catalogue of evaluation diagnostics (E04xx), sorted by code.
///
/// What the database holds does not fit the metrics: a table or column is missing, rows hold values
/// the evaluation cannot use, a source's data does not cover the period. Each is located at the
/// definition that needs it (the measure, source, dimension or KPI) where there is one; a problem
/// without one (a KPI id given on the command line) has no location and names what it is about in
/// its message. docs/language.md has a section per code.
extension Diagnostic {
    /// E0401: a table the metrics (or `scorecard clv`) read is not in the database, with the closest table's name.
    static func missingTable(_ table: String, neededBy subject: String, at location: Location?, suggestion: String?)
        -> Diagnostic
    {
        Diagnostic(
            .E0401, "\(subject): the database has no table '\(table)'", at: location,
            help: suggestion.map { "did you mean '\($0)'?" })
    }

    /// E0402: a column the metrics (or `scorecard clv`) read is not in its table, with the closest
    /// column's name and, when given, the columns it has.
    static func missingColumn(
        _ column: String, table: String, neededBy subject: String, at location: Location?, suggestion: String?,
        columns: [String] = []
    ) -> Diagnostic {
        let listed =
            columns.isEmpty
            ? nil : "columns: \(columns.prefix(12).joined(separator: ", "))\(columns.count > 12 ? ", ..." : "")"
        let help = [suggestion.map { "did you mean '\($0)'?" }, listed].compactMap { $0 }.joined(separator: "; ")
        return Diagnostic(
            .E0402, "\(subject): table '\(table)' has no column '\(column)'", at: location,
            help: help.isEmpty ? nil : help)
    }

    /// E0403: a KPI id given on the command line (`--kpi`) that no metrics file defines.
    static func unknownKPI(_ id: String, suggestion: String?) -> Diagnostic {
        Diagnostic(
            .E0403, "unknown KPI '\(id)'", at: nil,
            help: suggestion.map { "did you mean '\($0)'?" } ?? "`scorecard eval` without --kpi lists every KPI")
    }

    /// E0404: the table a KPI's targets come from cannot be read: the database's reason, or a value.
    static func unreadableTargetTable(kpi: String, table: String, reason: String, at location: Location)
        -> Diagnostic
    {
        Diagnostic(
            .E0404, "cannot read targets of kpi '\(kpi)' from table '\(table)': \(reason)", at: location,
            help: "the table needs one row per KPI and month, with the target as a number")
    }

    /// E0405: a percentile measure met a value that is not a number (`'n/a'`, `NULL`, `a blob`).
    static func percentileOfNotANumber(measure: String, value: String, at location: Location) -> Diagnostic {
        Diagnostic(
            .E0405, "measure '\(measure)': the percentile of '\(value)', which is not a number", at: location,
            help: "correct the rows, or leave them out with the measure's `where`")
    }

    /// E0406: rows of a source hold values the evaluation cannot use, and `bad_rows` is `stop`.
    static func badRows(_ found: BadRows, at location: Location?) -> Diagnostic {
        Diagnostic(
            .E0406, found.summary, at: location,
            help: "correct the rows, or add `bad_rows skip` to the scorecard block to leave them out "
                + "and list them in the report")
    }

    /// E0407: a source's data does not reach far enough to cover the period (`run` without `--allow-incomplete`).
    static func dataIncomplete(_ coverage: SourceCoverage, period: String, at location: Location?) -> Diagnostic {
        Diagnostic(.E0407, "data incomplete: \(coverage.shortfall(period: period))", at: location, help: nil)
    }

    /// E0408: the database does not know the scorecard's `time_zone`, at the setting.
    static func unknownTimeZone(_ zone: String, reason: String, at location: Location?) -> Diagnostic {
        Diagnostic(
            .E0408, "time_zone '\(zone)': \(reason)", at: location,
            help: "write a time zone the database knows (PostgreSQL lists them in pg_timezone_names)")
    }

    /// E0409: a purchase time of a CLV model's customer whose day cannot be read.
    static func purchaseTimeNotADate(customer: String, value: String, column: String) -> Diagnostic {
        Diagnostic(
            .E0409,
            "customer '\(customer)': '\(value)' in column '\(column)' is not an ISO date (YYYY-MM-DD[ HH:MM:SS])",
            at: nil,
            help: "correct the row, or declare how the column stores times (a source's `format unix`; "
                + "`scorecard clv --timestamp-format unix`)")
    }

    /// E0410: `scorecard clv` found no transactions on or before the calibration end.
    static func noTransactions(table: String, calibrationEnd: String) -> Diagnostic {
        Diagnostic(
            .E0410, "table '\(table)' has no transactions on or before \(calibrationEnd)", at: nil,
            help: "choose a later --calibration-end, or check --table, --customer and --date")
    }

    /// E0411: a calibration end that is not a `YYYY-MM-DD` date.
    static func invalidCalibrationEnd(_ text: String) -> Diagnostic {
        Diagnostic(
            .E0411, "the calibration end '\(text)' is not a date of the form YYYY-MM-DD", at: nil,
            help: "write the last day of the calibration period, e.g. 2026-06-30")
    }

    /// A diagnostic at a definition's name, or without a location.
    private init(_ code: DiagnosticCode, _ message: String, at location: Location?, help: String?) {
        self.init(code, message, file: location?.file, range: location?.range ?? SourceRange(0, 0), help: help)
    }

}
