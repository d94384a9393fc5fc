import ScorecardLanguage

extension SQLiteError: UserFacingError {
    public var userMessage: String { "error: \(description)" }
    /// Writing the demo database, reading a file: the environment's.
    public var category: ErrorCategory { .environment }
}
