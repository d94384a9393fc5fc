import ScorecardLanguage

extension SQLiteError: UserFacingError {
    /// SQLite's message after `error: `, as the CLI prints it.
    public var userMessage: String { "error: \(description)" }
    /// Writing the demo database, reading a file: the environment's.
    public var category: ErrorCategory { .environment }
}
