/// A checked measure: one aggregate over the rows of one source, optionally filtered.
public struct Measure: Sendable {
    /// The measure's name, used in KPI values.
    public let name: String
    /// The unit, declared or the aggregate's own.
    public let unit: Unit
    /// The aggregate call.
    public let aggregate: Aggregate
    /// The source whose grain the aggregate runs at; every column is reachable from it.
    public let source: String
    /// The `where` condition, a row expression.
    public let filter: RowExpression?
    /// The expression as written, for the appendix.
    public let text: String
    /// Where the measure is declared.
    public let location: Location
}

/// An aggregate call with its argument.
public struct Aggregate: Sendable, Equatable {
    /// The aggregate function, e.g. `sum`.
    public let function: AggregateFunction
    /// The argument, or nil for `count(source)` (count rows).
    public let argument: RowExpression?
    /// The fraction for `percentile(x, p)`.
    public let fraction: Double?
    /// True for `last(…)`: the value at the period's last time point (semi-additive).
    public let atPeriodEnd: Bool
    /// The CLV model of `clv_total(model)` and the other model-based aggregates.
    public var model: String? = nil
    /// The threshold of `alive_share(model, 0.5)` or the months of `expected_purchases(model, 3)`.
    public var parameter: Double? = nil
}

/// Aggregates a measure can use.
public enum AggregateFunction: String, CaseIterable, Sendable {
    case sum, count
    case countDistinct = "count_distinct"
    case avg, min, max, median, percentile
    case share, nps, retention, churn
    case repeatRate = "repeat_rate"
    case newCustomers = "new_customers"
    case clvTotal = "clv_total"
    case clvMean = "clv_mean"
    case aliveShare = "alive_share"
    case expectedPurchases = "expected_purchases"

    /// The quantity the aggregate produces, or nil when it takes the declared unit (sum of money…).
    public var quantity: Quantity? {
        switch self {
        case .count, .countDistinct, .newCustomers, .expectedPurchases: .count
        case .share, .nps, .retention, .churn, .repeatRate, .aliveShare: .dimensionless
        case .clvTotal, .clvMean: .money
        case .sum, .avg, .min, .max, .median, .percentile: nil
        }
    }

    /// The unit used when the measure declares none.
    public var defaultUnit: Unit {
        switch self {
        case .count, .countDistinct, .newCustomers, .expectedPurchases: .count
        case .share, .retention, .churn, .repeatRate, .aliveShare: .percent
        case .clvTotal, .clvMean: .money
        case .nps: .points
        case .sum, .avg, .min, .max, .median, .percentile: .number
        }
    }

    /// The number of arguments accepted.
    public var arity: Int { [.percentile, .aliveShare, .expectedPurchases].contains(self) ? 2 : 1 }

    /// True for aggregates computed from a fitted CLV model rather than by SQL.
    public var isModelBased: Bool { [.clvTotal, .clvMean, .aliveShare, .expectedPurchases].contains(self) }

    /// True for aggregates over customers across periods (they need the customer column).
    public var isCustomerBased: Bool { [.retention, .churn, .repeatRate, .newCustomers].contains(self) }
}
