import ScorecardResults

/// Loyalty points and tiers per member, summarised at every month end into `loyalty_snapshots`.
///
/// Members earn one point per euro kept (not cancelled, not returned) and redeem 7 % of their
/// balance each month; a point is worth one cent of liability. The tier follows the trailing
/// twelve months' spend: gold from 2 000 EUR, silver from 600 EUR, bronze below. Churned members
/// leave the programme and their points lapse.
struct LoyaltyLedger {
    static let tiers = ["bronze", "silver", "gold"]
    private static let silverCents = 60_000
    private static let goldCents = 200_000

    private var points: [Int]
    private var trailingSlots: [Int]
    private var trailingTotal: [Int]
    private var monthSpend: [Int]

    /// A ledger where members already active at the start carry a typical history.
    init(customers: [DemoCustomer]) {
        points = Array(repeating: 0, count: customers.count)
        trailingSlots = Array(repeating: 0, count: customers.count * 12)
        trailingTotal = Array(repeating: 0, count: customers.count)
        monthSpend = Array(repeating: 0, count: customers.count)
        for (index, customer) in customers.enumerated() where customer.loyaltyMember && !customer.isNew {
            let monthly = Int(customer.orderRate * Self.typicalOrderCents(customer.segment))
            for slot in 0..<12 { trailingSlots[index * 12 + slot] = monthly }
            trailingTotal[index] = monthly * 12
            points[index] = monthly / 100 * 10
        }
    }

    /// Adds spend kept this month, in cents.
    mutating func recordSpend(customerIndex: Int, cents: Int) {
        monthSpend[customerIndex] += cents
    }

    /// Books the month's spend and writes one snapshot row per tier for the month end.
    mutating func closeMonth(index: Int, month: DemoMonth, customers: [DemoCustomer], writer: DemoTableWriter) throws {
        var members = [0, 0, 0]
        var liability = [0, 0, 0]
        let slot = index % 12
        for (customerIndex, customer) in customers.enumerated() where customer.loyaltyMember {
            let spend = monthSpend[customerIndex]
            monthSpend[customerIndex] = 0
            guard customer.isActive(inMonth: index) else {
                points[customerIndex] = 0
                continue
            }
            let position = customerIndex * 12 + slot
            trailingTotal[customerIndex] += spend - trailingSlots[position]
            trailingSlots[position] = spend
            points[customerIndex] += spend / 100
            points[customerIndex] -= points[customerIndex] * 7 / 100
            let tier = tier(trailingTotal[customerIndex])
            members[tier] += 1
            liability[tier] += points[customerIndex]
        }
        for tier in 0..<3 {
            try writer.insert(
                "loyalty_snapshots",
                [
                    .integer(Int64(index * 3 + tier + 1)), .text(CivilDate.date(month.lastDay)),
                    .text(Self.tiers[tier]),
                    DemoTableWriter.int(members[tier]), DemoTableWriter.money(liability[tier]),
                ])
        }
    }

    private func tier(_ trailingCents: Int) -> Int {
        trailingCents >= Self.goldCents ? 2 : (trailingCents >= Self.silverCents ? 1 : 0)
    }

    /// A typical order value of the segment, for the history of members active at the start.
    private static func typicalOrderCents(_ segment: Segment) -> Double {
        [12_000, 40_000, 250_000][segment.rawValue]
    }
}
