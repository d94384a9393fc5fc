import ScorecardLanguage
import ScorecardStats

extension EvaluationError: UserFacingError {
    /// The description (which names files and positions itself); incomplete data says that nothing was published.
    public var userMessage: String {
        guard case .dataIncomplete = self else { return description }
        return description
            + "\nnothing was published; run again when the data is loaded, or with --allow-incomplete for a provisional pack"
    }

    public var category: ErrorCategory {
        if case .dataIncomplete = self { return .dataIncomplete }
        return .input
    }
}

extension CLVInputError: UserFacingError {
    public var userMessage: String { "error: \(description)" }
    public var category: ErrorCategory { .input }
}

extension StatsError: UserFacingError {
    public var userMessage: String { "error: \(description)" }
    /// Data the models cannot be fitted on.
    public var category: ErrorCategory { .input }
}
