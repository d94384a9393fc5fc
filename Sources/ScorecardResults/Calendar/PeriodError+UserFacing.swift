import ScorecardLanguage

extension PeriodError: UserFacingError {
    /// The description after `error: `.
    public var userMessage: String { "error: \(description)" }
    /// A `--period` the command line got wrong.
    public var category: ErrorCategory { .usage }
}
