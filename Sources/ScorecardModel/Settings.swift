/// The scorecard-wide settings from the `scorecard` block, with defaults.
public struct Settings: Sendable, Equatable {
    public var title = "KPI scorecard"
    public var organisation = ""
    public var currency = "EUR"
    public var locale = "en_GB"
    /// The month (1-12) in which the fiscal year starts.
    public var fiscalYearStart = 1
    /// Breakdown groups with fewer customers than this are suppressed.
    public var minGroupSize = 5
    public var missing = MissingPolicy.notAvailable

    public init() {}
}

/// What a KPI shows when there is no data for a period.
public enum MissingPolicy: String, Sendable, Codable {
    /// Show "n/a" with a reason.
    case notAvailable = "na"
    /// Treat the missing value as zero.
    case zero
}
