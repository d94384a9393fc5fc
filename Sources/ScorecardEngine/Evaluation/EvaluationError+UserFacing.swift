import ScorecardLanguage
import ScorecardStats

extension EvaluationError: DiagnosticsError {
    /// The diagnostics as text, then a line saying that nothing was evaluated (or published).
    public var userMessage: String {
        switch kind {
        case .schema:
            let count = diagnostics.count
            return renderedDiagnostics + "\(count) schema problem\(count == 1 ? "" : "s"): nothing was evaluated"
        case .badRows: return renderedDiagnostics + "nothing was evaluated"
        case .dataIncomplete:
            return renderedDiagnostics
                + "nothing was published; run again when the data is loaded, "
                + "or with --allow-incomplete for a provisional pack"
        case .unknownKPI, .targetTable, .notANumber, .unknownTimeZone:
            return String(renderedDiagnostics.dropLast())
        }
    }

    /// Incomplete data exits with 4 (nothing published); every other evaluation error is the input's (1).
    public var category: ErrorCategory {
        if case .dataIncomplete = kind { return .dataIncomplete }
        return .input
    }
}

extension CLVInputError: DiagnosticsError {
    /// The problem as a diagnostic without a location: E0401, E0402 and E0409 to E0411.
    ///
    /// The table and columns come from the command line or the model's source.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .missingTable(let table, let suggestion):
            [.missingTable(table, neededBy: "scorecard clv", at: nil, suggestion: suggestion)]
        case .missingColumn(let column, let table, let suggestion, let columns):
            [
                .missingColumn(
                    column, table: table, neededBy: "scorecard clv", at: nil, suggestion: suggestion, columns: columns)
            ]
        case .invalidCalibrationEnd(let text): [.invalidCalibrationEnd(text)]
        case .invalidTimestamp(let customer, let value, let column):
            [.purchaseTimeNotADate(customer: customer, value: value, column: column)]
        case .noTransactions(let table, let calibrationEnd):
            [.noTransactions(table: table, calibrationEnd: calibrationEnd)]
        }
    }

    /// The diagnostic as text.
    public var userMessage: String { String(renderedDiagnostics.dropLast()) }
    /// A missing table or column, a bad date or no transactions: the input's (exit 1).
    public var category: ErrorCategory { .input }
}

extension StatsError: UserFacingError {
    /// The description after `error: `, as the CLI prints it.
    public var userMessage: String { "error: \(description)" }
    /// Data the models cannot be fitted on.
    public var category: ErrorCategory { .input }
}
