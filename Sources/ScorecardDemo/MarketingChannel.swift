/// A marketing channel of a campaign, with its typical monthly budget and acquisition efficiency.
enum MarketingChannel: Int, CaseIterable {
    case email, paidSearch, social, display, referral, events

    /// The value stored in `campaigns.channel`.
    var name: String {
        ["email", "paid_search", "social", "display", "referral", "events"][rawValue]
    }

    /// The typical spend per active month in euros for 20 000 customers.
    var monthlyBudget: Double { [1_200, 16_000, 5_500, 4_500, 2_200, 18_000][rawValue] }

    /// New customers per euro relative to paid search: referral and email are cheap, display is not.
    var efficiency: Double { [3.0, 1.0, 0.8, 0.4, 4.0, 0.7][rawValue] }
}
