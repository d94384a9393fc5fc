import Foundation

/// The marketing calendar: campaigns, their monthly spend and how much they drive acquisition.
///
/// Each year has an always-on paid-search campaign, a social campaign per quarter, display bursts,
/// a themed email campaign every month and two trade fairs; a referral programme runs throughout.
struct CampaignPlan {
    /// One campaign.
    struct Campaign {
        /// `campaigns.id`.
        let id: Int
        let name: String
        let channel: MarketingChannel
        /// The first day (a day number).
        let startDay: Int
        /// The last day, or nil while it runs past the end month.
        let endDay: Int?
    }

    /// One `campaign_spend` row.
    struct Spend {
        let campaignIndex: Int
        let monthIndex: Int
        let cents: Int
    }

    let campaigns: [Campaign]
    let spend: [Spend]
    /// Total spend per month of the range, in cents.
    let monthlySpendCents: [Int]
    /// Per month: the active campaigns and their acquisition pull (spend × efficiency).
    let pull: [[(campaignIndex: Int, weight: Double)]]
    /// Per month: a choice among the active campaigns by pull.
    private let choices: [WeightedChoice]

    private static let themes = [
        "New Year sale", "Valentine's picks", "Spring refresh", "Easter offers", "Garden season", "Summer sale",
        "Summer clearance", "Back to school", "Autumn collection", "Halloween", "Black Friday", "Christmas gifts",
    ]

    /// Plans campaigns over the months of `options` and draws their spend.
    init(options: DemoDatabaseOptions, random: inout DemoRandom) {
        let start = options.start
        let lastDay = options.end.lastDay
        var campaigns: [Campaign] = []
        func add(_ name: String, _ channel: MarketingChannel, from first: DemoMonth, months: Int) {
            let end = first.advanced(by: months - 1).lastDay
            campaigns.append(
                Campaign(
                    id: campaigns.count + 1, name: name, channel: channel,
                    startDay: first.firstDay, endDay: end > lastDay ? nil : end))
        }
        add("Refer a friend", .referral, from: start.advanced(by: -24), months: 100_000)
        for index in 0..<options.months {
            let month = start.advanced(by: index)
            let year = String(month.year)
            if index == 0 || month.month == 1 {
                add("Paid search \(year)", .paidSearch, from: month, months: 13 - month.month)
            }
            if index == 0 || (month.month - 1) % 3 == 0 {
                add("Social Q\(month.quarter) \(year)", .social, from: month, months: 3 - (month.month - 1) % 3)
            }
            if [2, 5, 9, 11].contains(month.month) {
                add("Display: \(Self.themes[month.month - 1]) \(year)", .display, from: month, months: 2)
            }
            add("Email: \(Self.themes[month.month - 1]) \(year)", .email, from: month, months: 1)
            if month.month == 3 || month.month == 9 {
                add("Trade fair \(month.month == 3 ? "spring" : "autumn") \(year)", .events, from: month, months: 1)
            }
        }
        self.campaigns = campaigns
        let scale = Double(options.customers) / 20_000
        var spend: [Spend] = []
        var monthly = [Int](repeating: 0, count: options.months)
        var pull = [[(campaignIndex: Int, weight: Double)]](repeating: [], count: options.months)
        for index in 0..<options.months {
            let month = start.advanced(by: index)
            for (campaignIndex, campaign) in campaigns.enumerated() where Self.isActive(campaign, in: month) {
                let euros =
                    campaign.channel.monthlyBudget * scale * Seasonality.spend(month)
                    * random.logNormal(median: 1, sigma: 0.15)
                let cents = max(1_000, Int((euros * 100).rounded()))
                spend.append(Spend(campaignIndex: campaignIndex, monthIndex: index, cents: cents))
                monthly[index] += cents
                pull[index].append((campaignIndex, Double(cents) * campaign.channel.efficiency))
            }
        }
        self.spend = spend
        monthlySpendCents = monthly
        self.pull = pull
        choices = pull.map { WeightedChoice($0.map(\.weight)) }
    }

    /// True when the campaign runs during some day of `month`.
    static func isActive(_ campaign: Campaign, in month: DemoMonth) -> Bool {
        campaign.startDay <= month.lastDay && (campaign.endDay ?? Int.max) >= month.firstDay
    }

    /// The total acquisition pull of the campaigns in month `index`.
    func totalPull(month index: Int) -> Double {
        pull[index].reduce(0) { $0 + $1.weight }
    }

    /// A campaign active in month `index`, drawn by pull; nil when none is active.
    func pickCampaign(month index: Int, random: inout DemoRandom) -> Int? {
        let active = pull[index]
        guard !active.isEmpty else { return nil }
        return active[choices[index].pick(&random)].campaignIndex
    }
}
