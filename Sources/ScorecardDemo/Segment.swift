/// A customer segment with its buying behaviour.
enum Segment: Int, CaseIterable {
    case consumer, smallBusiness, enterprise

    /// The value stored in `customers.segment`.
    var name: String {
        switch self {
        case .consumer: return "consumer"
        case .smallBusiness: return "small_business"
        case .enterprise: return "enterprise"
        }
    }

    /// The share of newly acquired customers.
    var acquisitionShare: Double { [0.835, 0.145, 0.02][rawValue] }
    /// The mean number of orders per active month.
    var orderRate: Double { [0.20, 0.40, 0.60][rawValue] }
    /// The probability of churning in any month (a geometric lifetime).
    var monthlyChurn: Double { [0.045, 0.03, 0.015][rawValue] }
    /// The mean number of extra lines beyond the first in an order.
    var extraLines: Double { [0.9, 1.8, 2.5][rawValue] }
    /// The mean extra quantity beyond the minimum on a line.
    var extraQuantity: Double { [0.25, 2.0, 4.0][rawValue] }
    /// The minimum quantity on a line.
    var minimumQuantity: Int { [1, 1, 2][rawValue] }
    /// The negotiated discount off list price.
    var discount: Double { [0.0, 0.05, 0.12][rawValue] }
    /// The monthly probability of opening a support ticket.
    var ticketRate: Double { [0.02, 0.04, 0.10][rawValue] }
    /// The probability of joining the loyalty programme.
    var loyaltyShare: Double { [0.55, 0.30, 0.0][rawValue] }
    /// Relative weights of the categories (same order as `CategoryProfile.all`).
    var categoryWeights: [Double] {
        switch self {
        case .consumer: return [1.0, 1.4, 0.8, 0.3, 1.0, 0.9, 1.5, 1.2]
        case .smallBusiness: return [1.6, 0.8, 0.4, 2.5, 0.4, 0.2, 0.4, 0.4]
        case .enterprise: return [2.5, 0.6, 0.3, 3.0, 0.3, 0.1, 0.3, 0.3]
        }
    }
}
