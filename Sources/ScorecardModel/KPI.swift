/// A checked KPI: a value over measures and other KPIs, with metadata, targets and thresholds.
public struct KPI: Sendable {
    /// The KPI's id, used in values, commentary and output.
    public let id: String
    /// The label shown in reports.
    public let label: String
    /// The stage of the product-to-customer map the KPI belongs to.
    public let stage: Stage
    /// Whether the KPI looks inside the enterprise or at its customers.
    public let focus: Focus
    /// The checked value: arithmetic over measures and other KPIs.
    public let value: KPIExpression
    /// The value expression exactly as written in the metrics file.
    public let valueText: String
    /// The unit the value is shown in, declared or derived from the value.
    public let unit: Unit
    /// Whether higher or lower values are better.
    public let polarity: Polarity
    /// Where the target comes from, or nil for a KPI without one (status 'none').
    public let targets: TargetRule?
    /// The amber and red bands.
    public let thresholds: Thresholds
    /// Who owns the KPI, for the appendix.
    public let owner: String?
    /// What the KPI means, for the appendix.
    public let description: String?
    /// Dimension names to break the KPI down by.
    public let breakdowns: [String]
    /// What the KPI shows for a period without data.
    public let missing: MissingPolicy
    /// Where the KPI is declared.
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

    /// The number of arguments the function takes.
    public var arity: Int { self == .growth ? 1 : 2 }
}
