import ScorecardLanguage

extension DatabaseError: UserFacingError {
    /// The backend's message after `error: `, as the CLI prints it.
    public var userMessage: String { "error: \(message)" }
    /// Every database failure is the environment's: the CLI exits with 3.
    public var category: ErrorCategory { .environment }
}
