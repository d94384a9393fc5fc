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
    /// What evaluation does with rows holding values it cannot read (`bad_rows stop|skip`).
    public var badRows = BadRowPolicy.stop
    /// The relative change below which `run` does not restate a published value of a unit other
    /// than money (restated from a cent) and count (restated when it changes at all).
    public var restatementTolerance = 0.0001

    public init() {}
}

/// What evaluation does with rows whose values it cannot read: an amount that is not a number
/// or too large for cents, a time that is missing or unreadable.
public enum BadRowPolicy: String, Sendable, Codable {
    /// Stop with an error naming the source, column, count and example keys (the default).
    case stop
    /// Leave the rows out of every measure and report them with the values.
    case skip
}

/// What a KPI shows when there is no data for a period.
public enum MissingPolicy: String, Sendable, Codable {
    /// Show "n/a" with a reason.
    case notAvailable = "na"
    /// Treat the missing value as zero.
    case zero
}
