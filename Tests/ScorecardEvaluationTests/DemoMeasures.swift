/// The shipped library's measures, written in Swift from their definitions in `metrics/*.kpi`.
///
/// Each returns nil when its source has no rows in the window (n/a); sums and counts over a
/// window with rows but no matching row are 0; averages, shares and percentiles without a matching
/// row are nil.
struct DemoMeasures: Sendable {
    let facts: DemoFacts
    typealias M = ReferenceMath

    /// The source's rows in the window, or nil when there are none.
    func rows<F: Fact>(_ facts: [F], _ window: Window) -> [F]? {
        let rows = facts.filter { window.contains($0.month) }
        return rows.isEmpty ? nil : rows
    }

    private func completed(_ rows: [OrderFact]) -> [OrderFact] { rows.filter(\.completed) }

    // MARK: orders and customer_orders

    func sales(_ w: Window) -> Double? { rows(facts.orders, w).map { M.moneySum(completed($0).map(\.net)) } }
    func webSales(_ w: Window) -> Double? {
        rows(facts.orders, w).map { M.moneySum(completed($0).filter { $0.channel == "web" }.map(\.net)) }
    }
    func costOfSales(_ w: Window) -> Double? { rows(facts.orders, w).map { M.moneySum(completed($0).map(\.cost)) } }
    func completedOrders(_ w: Window) -> Double? { rows(facts.orders, w).map { Double(completed($0).count) } }
    func orderCount(_ w: Window) -> Double? { rows(facts.orders, w).map { Double($0.count) } }
    func medianBasket(_ w: Window) -> Double? {
        rows(facts.orders, w).flatMap { M.percentile(completed($0).map(\.net), 0.5) }
    }
    func attributedSales(_ w: Window) -> Double? {
        rows(facts.orders, w).map { M.moneySum(completed($0).filter { $0.campaign != nil }.map(\.net)) }
    }
    func attributedCost(_ w: Window) -> Double? {
        rows(facts.orders, w).map { M.moneySum(completed($0).filter { $0.campaign != nil }.map(\.cost)) }
    }
    func attributedOrderShare(_ w: Window) -> Double? {
        rows(facts.orders, w).flatMap { M.share(completed($0).map { $0.campaign != nil }) }
    }

    private var buyingRows: [OrderFact] { facts.customerOrders.filter { $0.completed && $0.customer != nil } }
    private func buyers(_ w: Window) -> Set<Int> {
        Set(buyingRows.filter { w.contains($0.month) }.compactMap(\.customer))
    }

    func customerSales(_ w: Window) -> Double? {
        rows(facts.customerOrders, w).map { M.moneySum(completed($0).map(\.net)) }
    }
    func activeCustomers(_ w: Window) -> Double? {
        rows(facts.customerOrders, w).map { Double(Set(completed($0).compactMap(\.customer)).count) }
    }
    func customerOrderCount(_ w: Window) -> Double? {
        rows(facts.customerOrders, w).map { Double(completed($0).count) }
    }
    func retainedShare(_ w: Window) -> Double? { M.retention(before: buyers(w.before), now: buyers(w)) }
    func churnedShare(_ w: Window) -> Double? { retainedShare(w).map { 1 - $0 } }
    func repeatShare(_ w: Window) -> Double? {
        M.repeatRate(buyingRows.filter { w.contains($0.month) }.compactMap(\.customer))
    }
    func firstTimeBuyers(_ w: Window) -> Double? {
        guard rows(facts.customerOrders, w) != nil else { return nil }
        var first: [Int: Int] = [:]
        for row in buyingRows {
            if let month = row.month { first[row.customer!] = min(first[row.customer!] ?? month, month) }
        }
        return Double(first.values.filter { w.contains($0) }.count)
    }

    // MARK: order_lines

    func lineSales(_ w: Window) -> Double? { rows(facts.lines, w).map { M.moneySum($0.map(\.net)) } }
    func returnedLineSales(_ w: Window) -> Double? {
        rows(facts.lines, w).map { M.moneySum($0.filter { $0.returned == 1 }.map(\.net)) }
    }
    func keptLineSales(_ w: Window) -> Double? {
        rows(facts.lines, w).map { M.moneySum($0.filter { $0.returned == 0 }.map(\.net)) }
    }
    func keptLineCost(_ w: Window) -> Double? {
        rows(facts.lines, w).map { M.moneySum($0.filter { $0.returned == 0 }.map(\.cost)) }
    }
    func unitsSold(_ w: Window) -> Double? { rows(facts.lines, w).map { M.sum($0.map(\.quantity)) } }
    func ordersWithLines(_ w: Window) -> Double? {
        rows(facts.lines, w).map { Double(Set($0.compactMap(\.order)).count) }
    }

    // MARK: customers and campaign_spend

    func mediaSpend(_ w: Window) -> Double? { rows(facts.spend, w).map { M.moneySum($0.map(\.amount)) } }
    func acquiredCustomers(_ w: Window) -> Double? { rows(facts.customers, w).map { Double($0.count) } }
    func campaignAcquisitions(_ w: Window) -> Double? {
        rows(facts.customers, w).map { Double($0.filter { $0.campaign != nil }.count) }
    }

    // MARK: tickets and surveys

    func promoterScore(_ w: Window) -> Double? { rows(facts.surveys, w).flatMap { M.nps($0.compactMap(\.nps)) } }
    func satisfiedShare(_ w: Window) -> Double? {
        rows(facts.surveys, w).flatMap { M.share($0.compactMap(\.csat).map { $0 >= 4 }) }
    }
    func firstContactResolved(_ w: Window) -> Double? {
        rows(facts.tickets, w).flatMap { M.share($0.map { $0.firstContact == 1 }) }
    }
    private func resolutionHours(_ rows: [TicketFact]) -> [Double?] {
        rows.filter { $0.resolved != nil }.map { row in row.opened.map { (row.resolved! - $0) / 3600 } }
    }
    func resolutionTime(_ w: Window) -> Double? { rows(facts.tickets, w).flatMap { M.mean(resolutionHours($0)) } }
    func resolutionTimeP90(_ w: Window) -> Double? {
        rows(facts.tickets, w).flatMap { M.percentile(resolutionHours($0), 0.9) }
    }
    func ticketCount(_ w: Window) -> Double? { rows(facts.tickets, w).map { Double($0.count) } }

    // MARK: loyalty (semi-additive: the rows at the window's latest snapshot)

    private func atLatest(_ w: Window) -> [LoyaltyFact]? {
        guard let rows = rows(facts.loyalty, w), let latest = rows.compactMap(\.time).max() else { return nil }
        return rows.filter { $0.time == latest }
    }
    func membersAtPeriodEnd(_ w: Window) -> Double? { atLatest(w).map { M.sum($0.map(\.members)) } }
    func goldMembersAtPeriodEnd(_ w: Window) -> Double? {
        atLatest(w).map { M.sum($0.filter { $0.tier == "gold" }.map(\.members)) }
    }
    func pointsLiabilityBalance(_ w: Window) -> Double? { atLatest(w).map { M.moneySum($0.map(\.liability)) } }
}
