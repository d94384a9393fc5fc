import ScorecardLanguage

extension DemoDatabaseError: UserFacingError {
    /// The one-line description after `error: `, as the CLI prints it.
    public var userMessage: String { "error: \(description)" }
    /// Invalid options are a usage error (exit 2); writing the database is the environment's (exit 3).
    public var category: ErrorCategory { isUsage ? .usage : .environment }
}
