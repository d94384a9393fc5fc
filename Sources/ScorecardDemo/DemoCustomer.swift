/// One simulated customer: who they are, when they were acquired and how long they stay.
struct DemoCustomer {
    let segment: Segment
    /// Index into `RegionProfile.all` (the region id minus one).
    let regionIndex: Int
    /// Index into `CampaignPlan.campaigns` of the acquisition campaign.
    let campaignIndex: Int?
    /// The acquisition day (a day number).
    let acquiredDay: Int
    /// The first month index (0-based in the range) in which the customer can order.
    let firstMonth: Int
    /// The month index from which the customer has churned (exclusive end of activity).
    let endMonth: Int
    /// True when acquired within the range: their first order is on the acquisition day.
    let isNew: Bool
    /// The mean number of orders per active month before seasonality and trend.
    let orderRate: Double
    let optedOut: Bool
    let loyaltyMember: Bool
    /// `customers.name`.
    var name: String = ""

    /// True when the customer can order in month `index`.
    func isActive(inMonth index: Int) -> Bool {
        firstMonth <= index && index < endMonth
    }
}
