import ScorecardLanguage

extension DatabaseError: UserFacingError {
    public var userMessage: String { "error: \(message)" }
    /// Every database failure is the environment's: the CLI exits with 3.
    public var category: ErrorCategory { .environment }
}
