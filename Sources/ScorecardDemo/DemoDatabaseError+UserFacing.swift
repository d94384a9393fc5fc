import ScorecardLanguage

extension DemoDatabaseError: UserFacingError {
    public var userMessage: String { "error: \(description)" }
    public var category: ErrorCategory { isUsage ? .usage : .environment }
}
