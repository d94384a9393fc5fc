/// The scorecard-wide settings from the `scorecard` block, with defaults.
public struct Settings: Sendable, Equatable {
    /// The scorecard's title, on the board pack's cover.
    public var title = "KPI scorecard"
    /// The organisation's name, on the cover when given.
    public var organisation = ""
    /// The ISO 4217 code money is shown in.
    public var currency = "EUR"
    /// The locale numbers and dates are formatted for, e.g. `en_GB`.
    public var locale = "en_GB"
    /// The month (1-12) in which the fiscal year starts.
    public var fiscalYearStart = 1
    /// Breakdown groups with fewer customers than this are suppressed.
    public var minGroupSize = 5
    /// What KPIs without their own `missing` show for a period without data.
    public var missing = MissingPolicy.notAvailable
    /// What evaluation does with rows holding values it cannot read (`bad_rows stop|skip`).
    public var badRows = BadRowPolicy.stop
    /// The relative change below which `run` does not restate a published value.
    ///
    /// It applies to units other than money (restated from a cent) and count (restated when it
    /// changes at all).
    public var restatementTolerance = 0.0001
    /// The IANA time zone (`Europe/Berlin`) in which a PostgreSQL `timestamptz` falls into months.
    ///
    /// ISO text and unix seconds do not depend on it (see docs/databases.md).
    public var timeZone = "UTC"
    /// Where `time_zone` is written, for a message when the database does not know the zone.
    public var timeZoneLocation: Location?

    /// The defaults, as without a `scorecard` block.
    public init() {}
}

/// What evaluation does with rows whose values it cannot read.
///
/// An amount that is not a number or too large for cents, or a time that is missing or unreadable.
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
