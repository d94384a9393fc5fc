import ScorecardLanguage
import ScorecardModel

/// Why a scorecard could not be evaluated.
public enum EvaluationError: Error, CustomStringConvertible {
    /// The metrics refer to tables or columns the database does not have.
    case schema([SchemaProblem])
    /// A KPI id given on the command line is not defined.
    case unknownKPI(String, suggestion: String?)
    /// A target table could not be read.
    case targetTable(kpi: String, table: String, reason: String)
    /// A percentile measure (defined at the location) met a value that is not a number.
    case notANumber(measure: String, location: Location, value: String)
    /// Sources whose data does not reach far enough to cover the period.
    case dataIncomplete(period: String, sources: [SourceCoverage])
    /// Rows hold values the evaluation cannot use, and the policy is to stop (`bad_rows stop`).
    case badRows([BadRows])
    /// The database does not know the scorecard's `time_zone` (written at the location, if any).
    case unknownTimeZone(String, location: Location?, reason: String)

    /// The whole message as the CLI prints it, its `error:` prefixes (and `file:line:col`) included.
    public var description: String {
        switch self {
        case .schema(let problems):
            return problems.map(\.description).joined(separator: "\n")
                + "\n\(problems.count) schema problem\(problems.count == 1 ? "" : "s"): nothing was evaluated"
        case .unknownKPI(let id, let suggestion):
            return "error: unknown KPI '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .targetTable(let kpi, let table, let reason):
            return "error: cannot read targets of kpi '\(kpi)' from table '\(table)': \(reason)"
        case .notANumber(let measure, let location, let value):
            return "\(location): error: measure '\(measure)': the percentile of '\(value)', which is not a number"
        case .dataIncomplete(let period, let sources):
            return sources.map { "error: data incomplete: \($0.shortfall(period: period))" }.joined(separator: "\n")
        case .unknownTimeZone(let zone, let location, let reason):
            return (location.map { "\($0): " } ?? "") + "error: time_zone '\(zone)': \(reason)"
                + "\n   = help: write a time zone the database knows (PostgreSQL lists them in pg_timezone_names)"
        case .badRows(let found):
            return found.map { "error: \($0.summary)" }.joined(separator: "\n")
                + "\n   = help: correct the rows, or add `bad_rows skip` to the scorecard block to leave them out and list them in the report"
                + "\nnothing was evaluated"
        }
    }
}

/// A table or column the metrics need but the database lacks.
public struct SchemaProblem: Sendable, CustomStringConvertible {
    /// Where the definition that needs it is written.
    public let location: Location
    /// What needs it, e.g. "measure 'revenue' (kpi 'net_revenue')".
    public let subject: String
    /// What is missing, e.g. "table 'orders' has no column 'net_amount'".
    public let message: String
    /// The closest existing name, offered as `did you mean`; nil when none is close.
    public let suggestion: String?

    /// `file:line:col: error: subject: message`, then a `help:` line with the suggestion, if any.
    public var description: String {
        "\(location): error: \(subject): \(message)" + (suggestion.map { "\n   = help: did you mean '\($0)'?" } ?? "")
    }
}
