import Foundation

/// Draws the customers: a base already active when the range starts plus monthly acquisitions.
///
/// The starting base is the steady state of the acquisition flow (acquisitions per month times
/// the mean lifetime), so revenue does not ramp up artificially. Acquisitions follow organic
/// seasonality plus the pull of the campaigns active that month (campaign lift). Lifetimes are
/// geometric, with a monthly churn probability per segment.
enum CustomerBase {
    /// The customers of `options`, sorted by acquisition day (their ids are index + 1).
    static func generate(options: DemoDatabaseOptions, plan: CampaignPlan, random: inout DemoRandom) -> [DemoCustomer] {
        let parts = monthlyAcquisition(options: options, plan: plan)
        let acquisition = parts.map { $0.organic + $0.campaign }
        let campaignShares = parts.map { $0.campaign / ($0.organic + $0.campaign) }
        let total = acquisition.reduce(0, +)
        let meanLifetime = Segment.allCases.reduce(0) { $0 + $1.acquisitionShare / $1.monthlyChurn }
        let newCount = Int((Double(options.customers) / (1 + acquisition[0] / total * meanLifetime)).rounded())
        let monthChoice = WeightedChoice(acquisition)
        var customers: [(customer: DemoCustomer, order: Int)] = []
        customers.reserveCapacity(options.customers)
        for index in 0..<options.customers {
            let customer =
                index < newCount
                ? newCustomer(
                    options: options, plan: plan, campaignShares: campaignShares,
                    month: monthChoice.pick(&random), random: &random)
                : existingCustomer(options: options, plan: plan, random: &random)
            customers.append((customer, index))
        }
        customers.sort { ($0.customer.acquiredDay, $0.order) < ($1.customer.acquiredDay, $1.order) }
        var names = DemoRandom(seed: options.seed, stream: "names")
        return customers.map { entry in
            var customer = entry.customer
            customer.name = NameGenerator.name(
                segment: customer.segment, regionIndex: customer.regionIndex, random: &names)
            return customer
        }
    }

    /// Organic acquisitions (seasonal, +3 % a year) and campaign pull, per month of the range.
    static func monthlyAcquisition(options: DemoDatabaseOptions, plan: CampaignPlan) -> [(
        organic: Double, campaign: Double
    )] {
        let organic = (0..<options.months).map { index in
            Seasonality.acquisition(options.start.advanced(by: index)) * pow(1.03, Double(index) / 12)
        }
        let pull = (0..<options.months).map { plan.totalPull(month: $0) }
        let meanPull = pull.reduce(0, +) / Double(pull.count)
        let meanOrganic = organic.reduce(0, +) / Double(organic.count)
        // Campaigns bring about 40 % of new customers on average.
        let scale = meanPull > 0 ? (0.4 / 0.6) * meanOrganic / meanPull : 0
        return zip(organic, pull).map { ($0, $1 * scale) }
    }

    private static let segmentChoice = WeightedChoice(Segment.allCases.map(\.acquisitionShare))
    private static let survivorChoice = WeightedChoice(Segment.allCases.map { $0.acquisitionShare / $0.monthlyChurn })
    private static let regionChoice = WeightedChoice(RegionProfile.all.map(\.weight))

    private static func newCustomer(
        options: DemoDatabaseOptions, plan: CampaignPlan, campaignShares: [Double], month index: Int,
        random: inout DemoRandom
    ) -> DemoCustomer {
        let month = options.start.advanced(by: index)
        let segment = Segment.allCases[segmentChoice.pick(&random)]
        let campaign = random.chance(campaignShares[index]) ? plan.pickCampaign(month: index, random: &random) : nil
        let lifetime = random.geometric(segment.monthlyChurn)
        return makeCustomer(
            segment: segment, campaign: campaign, acquiredDay: month.firstDay + random.int(below: month.dayCount),
            firstMonth: index, endMonth: min(options.months, index + lifetime), isNew: true, random: &random)
    }

    private static func existingCustomer(options: DemoDatabaseOptions, plan: CampaignPlan, random: inout DemoRandom)
        -> DemoCustomer
    {
        let segment = Segment.allCases[survivorChoice.pick(&random)]
        var age = random.geometric(segment.monthlyChurn) - 1
        if age > 59 { age = random.int(below: 60) }  // the CRM keeps five years of history
        let month = options.start.advanced(by: -1 - age)
        let acquiredDay = month.firstDay + random.int(below: month.dayCount)
        let referral = plan.campaigns.first { $0.channel == .referral && $0.startDay <= acquiredDay }
        let campaign = referral != nil && random.chance(0.15) ? referral.map { $0.id - 1 } : nil
        return makeCustomer(
            segment: segment, campaign: campaign, acquiredDay: acquiredDay, firstMonth: 0,
            endMonth: min(options.months, random.geometric(segment.monthlyChurn)), isNew: false, random: &random)
    }

    private static func makeCustomer(
        segment: Segment, campaign: Int?, acquiredDay: Int, firstMonth: Int, endMonth: Int, isNew: Bool,
        random: inout DemoRandom
    ) -> DemoCustomer {
        let sigma = 0.7
        return DemoCustomer(
            segment: segment, regionIndex: regionChoice.pick(&random), campaignIndex: campaign,
            acquiredDay: acquiredDay, firstMonth: firstMonth, endMonth: endMonth, isNew: isNew,
            orderRate: segment.orderRate * random.logNormal(median: exp(-sigma * sigma / 2), sigma: sigma),
            optedOut: random.chance(0.03), loyaltyMember: random.chance(segment.loyaltyShare))
    }
}
