import ScorecardLanguage

extension RenderError: UserFacingError {
    public var userMessage: String { "error: \(description)" }
    /// Fonts, files and the disk: the environment's.
    public var category: ErrorCategory { .environment }
}

extension WorkbookError: UserFacingError {
    public var userMessage: String { "error: \(description)" }
    public var category: ErrorCategory { .environment }
}
