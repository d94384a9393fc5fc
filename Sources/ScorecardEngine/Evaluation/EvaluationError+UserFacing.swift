import ScorecardLanguage
import ScorecardStats

extension EvaluationError: UserFacingError {
    /// The description (which names files and positions itself); incomplete data says that nothing was published.
    public var userMessage: String {
        guard case .dataIncomplete = self else { return description }
        return description
            + "\nnothing was published; run again when the data is loaded, or with --allow-incomplete for a provisional pack"
    }

    /// Incomplete data exits with 4 (nothing published); every other evaluation error is the input's (1).
    public var category: ErrorCategory {
        if case .dataIncomplete = self { return .dataIncomplete }
        return .input
    }
}

extension CLVInputError: UserFacingError {
    /// The description after `error: `, as the CLI prints it.
    public var userMessage: String { "error: \(description)" }
    /// A missing table or column, a bad date or no transactions: the input's (exit 1).
    public var category: ErrorCategory { .input }
}

extension StatsError: UserFacingError {
    /// The description after `error: `, as the CLI prints it.
    public var userMessage: String { "error: \(description)" }
    /// Data the models cannot be fitted on.
    public var category: ErrorCategory { .input }
}
