/// A checked KPI: a value over measures and other KPIs, with metadata, targets and thresholds.
public struct KPI: Sendable {
    public let id: String
    public let label: String
    public let stage: Stage
    public let focus: Focus
    public let value: KPIExpression
    /// The value expression exactly as written in the metrics file.
    public let valueText: String
    public let unit: Unit
    public let polarity: Polarity
    public let targets: TargetRule?
    public let thresholds: Thresholds
    public let owner: String?
    public let description: String?
    /// Dimension names to break the KPI down by.
    public let breakdowns: [String]
    public let missing: MissingPolicy
    public let location: Location
}

/// Which direction of change is good.
public enum Polarity: String, Sendable, Codable {
    case higher, lower
}

/// A checked KPI value expression.
public indirect enum KPIExpression: Sendable, Equatable {
    case measure(String)
    case kpi(String)
    case number(Double)
    case unary(String, KPIExpression)
    case binary(String, KPIExpression, KPIExpression)
    case function(KPIFunction, [KPIExpression])

    /// The names of the measures used directly (not through other KPIs).
    public var measures: Set<String> {
        var names: Set<String> = []
        forEachNode { if case .measure(let name) = $0 { names.insert(name) } }
        return names
    }

    /// The ids of the KPIs used directly.
    public var kpis: Set<String> {
        var ids: Set<String> = []
        forEachNode { if case .kpi(let id) = $0 { ids.insert(id) } }
        return ids
    }
}

/// Functions allowed in KPI values.
public enum KPIFunction: String, CaseIterable, Sendable {
    /// `ratio(a, b)`: a / b as a ratio.
    case ratio
    /// `share(a, b)`: a / b as a percent.
    case share
    /// `growth(a)`: a against the same period last year, minus one.
    case growth

    public var arity: Int { self == .growth ? 1 : 2 }
}
