import ScorecardLanguage

/// Where a KPI's target comes from.
public enum TargetRule: Sendable, Equatable {
    /// Constant values, each applying from a month on (`from` nil: from the beginning).
    case schedule([ScheduledTarget])
    /// Rows of a budget CSV file (`kpi,period,target`), keyed by period `YYYY-MM`.
    case csv(path: String, values: [String: Double])
    /// A database table with kpi, period and target columns.
    case table(name: String, kpiColumn: String, periodColumn: String, targetColumn: String)
}

/// One step of a target schedule.
public struct ScheduledTarget: Sendable, Equatable {
    /// The target value; a fraction for percent targets (0.95 for 95%).
    public let value: Double
    /// The first month the value applies to, or nil for from the beginning.
    public let from: PeriodLiteral?
}

/// The amber and red bands of a KPI.
public struct Thresholds: Sendable, Equatable {
    /// The amber band's boundary, if any.
    public var amber: Threshold?
    /// The red band's boundary, if any.
    public var red: Threshold?

    /// Bands from their boundaries.
    public init(amber: Threshold? = nil, red: Threshold? = nil) {
        self.amber = amber
        self.red = red
    }
}

/// `red below 90%`: a band boundary, relative to the target or absolute.
public struct Threshold: Sendable, Equatable {
    /// Which side of the boundary the band lies on.
    public enum Direction: String, Sendable { case below, above }

    /// Below or above the boundary.
    public let direction: Direction
    /// The boundary; for relative thresholds a fraction of the target (0.9 for 90%).
    public let value: Double
    /// True for a boundary relative to the target (`90%`), false for an absolute value.
    public let isRelative: Bool

    /// A band boundary.
    public init(direction: Direction, value: Double, isRelative: Bool) {
        self.direction = direction
        self.value = value
        self.isRelative = isRelative
    }
}
