/// The six CRM maturity stages, left to right from product focus to customer focus.
///
/// The raw values are fixed identifiers that appear in JSON output.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
    case product
    case place
    case program
    case customerRevenue = "customer_revenue"
    case satisfaction
    case lifetimeValue = "lifetime_value"

    /// The stage's position on the product-to-customer map, starting at 0.
    public var order: Int {
        switch self {
        case .product: 0
        case .place: 1
        case .program: 2
        case .customerRevenue: 3
        case .satisfaction: 4
        case .lifetimeValue: 5
        }
    }

    /// A short human label, e.g. "Customer revenue".
    public var label: String {
        switch self {
        case .product: "Product"
        case .place: "Place"
        case .program: "Program"
        case .customerRevenue: "Customer revenue"
        case .satisfaction: "Satisfaction"
        case .lifetimeValue: "Lifetime value"
        }
    }

    /// Left-to-right order on the product-to-customer map.
    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }
}

/// Whether a KPI measures how the enterprise operates or how customers experience it.
public enum Focus: String, CaseIterable, Sendable, Codable {
    case `internal`
    case external
}
