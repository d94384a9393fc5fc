/// A checked measure: one aggregate over the rows of one source, optionally filtered.
public struct Measure: Sendable {
    public let name: String
    public let unit: Unit
    public let aggregate: Aggregate
    /// The source whose grain the aggregate runs at; every column is reachable from it.
    public let source: String
    public let filter: RowExpression?
    /// The expression as written, for the appendix.
    public let text: String
    public let location: Location
}

/// An aggregate call with its argument.
public struct Aggregate: Sendable, Equatable {
    public let function: AggregateFunction
    /// The argument, or nil for `count(source)` (count rows).
    public let argument: RowExpression?
    /// The fraction for `percentile(x, p)`.
    public let fraction: Double?
    /// True for `last(…)`: the value at the period's last time point (semi-additive).
    public let atPeriodEnd: Bool
}

/// Aggregates a measure can use.
public enum AggregateFunction: String, CaseIterable, Sendable {
    case sum, count, countDistinct = "count_distinct", avg, min, max, median, percentile
    case share, nps, retention, churn, repeatRate = "repeat_rate", newCustomers = "new_customers"

    /// The quantity the aggregate produces, or nil when it takes the declared unit (sum of money…).
    public var quantity: Quantity? {
        switch self {
        case .count, .countDistinct, .newCustomers: .count
        case .share, .nps, .retention, .churn, .repeatRate: .dimensionless
        case .sum, .avg, .min, .max, .median, .percentile: nil
        }
    }

    /// The unit used when the measure declares none.
    public var defaultUnit: Unit {
        switch self {
        case .count, .countDistinct, .newCustomers: .count
        case .share, .retention, .churn, .repeatRate: .percent
        case .nps: .points
        case .sum, .avg, .min, .max, .median, .percentile: .number
        }
    }

    /// The number of arguments accepted.
    public var arity: Int { self == .percentile ? 2 : 1 }

    /// True for aggregates over customers across periods (they need the customer column).
    public var isCustomerBased: Bool { [.retention, .churn, .repeatRate, .newCustomers].contains(self) }
}
