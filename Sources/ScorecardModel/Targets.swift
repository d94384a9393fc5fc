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
    public let value: Double
    public let from: PeriodLiteral?
}

/// The amber and red bands of a KPI.
public struct Thresholds: Sendable, Equatable {
    public var amber: Threshold?
    public var red: Threshold?

    public init(amber: Threshold? = nil, red: Threshold? = nil) {
        self.amber = amber
        self.red = red
    }
}

/// `red below 90%`: a band boundary, relative to the target or absolute.
public struct Threshold: Sendable, Equatable {
    public enum Direction: String, Sendable { case below, above }

    public let direction: Direction
    /// The boundary; for relative thresholds a fraction of the target (0.9 for 90%).
    public let value: Double
    public let isRelative: Bool

    public init(direction: Direction, value: Double, isRelative: Bool) {
        self.direction = direction
        self.value = value
        self.isRelative = isRelative
    }
}
