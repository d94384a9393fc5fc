import ScorecardLanguage

extension RenderError: UserFacingError {
    /// The description after `error: `.
    public var userMessage: String { "error: \(description)" }
    /// Fonts, files and the disk: the environment's.
    public var category: ErrorCategory { .environment }
}

extension WorkbookError: UserFacingError {
    /// The description after `error: `.
    public var userMessage: String { "error: \(description)" }
    /// An environment failure.
    public var category: ErrorCategory { .environment }
}
