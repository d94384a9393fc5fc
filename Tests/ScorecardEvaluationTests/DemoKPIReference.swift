/// One reference implementation per shipped KPI, written from its `value` in `metrics/*.kpi`.
///
/// ```swift
/// let reference = DemoKPIReference(facts: facts)
/// reference.value("revenue_per_customer", in: Window(year: 2026, month: 6))
/// ```
struct DemoKPIReference: Sendable {
    let m: DemoMeasures
    let clv: CLVReference
    typealias M = ReferenceMath

    init(facts: DemoFacts) {
        m = DemoMeasures(facts: facts)
        clv = CLVReference(facts: facts)
    }

    /// KPIs whose values come from percentiles, compared with a looser tolerance.
    static let percentileKPIs: Set<String> = ["median_order_value", "resolution_hours_p90"]

    /// CLV KPIs: the engine fits them only at the ends of the period, the previous period and last year.
    static let fittedAtComparisonEndsOnly: Set<String> = [
        "predicted_clv", "average_clv", "likely_active_customers", "expected_repeat_purchases",
    ]

    /// Every KPI id with a reference implementation.
    static let ids: [String] = [
        "revenue_per_customer", "average_order_value", "median_order_value", "orders_per_customer", "active_buyers",
        "retention_rate", "churn_rate", "repeat_purchase_rate", "returning_buyer_share", "loyalty_members",
        "gold_tier_share", "loyalty_points_liability", "liability_per_member",
        "net_revenue", "revenue_growth", "web_revenue_share",
        "gross_margin", "gross_margin_pct", "category_margin_pct", "average_selling_price", "units_per_order",
        "return_rate",
        "marketing_spend", "new_customers", "cost_per_acquisition", "campaign_revenue", "return_on_ad_spend",
        "marketing_roi",
        "campaign_order_share",
        "nps", "csat", "first_contact_resolution", "resolution_hours", "resolution_hours_p90", "tickets_per_100_orders",
        "predicted_clv", "average_clv", "likely_active_customers", "expected_repeat_purchases",
    ]

    /// The KPI's value over a window, nil for n/a.
    func value(_ id: String, in w: Window) -> Double? {
        switch id {
        // customer_revenue.kpi
        case "revenue_per_customer": return M.divide(m.customerSales(w), m.activeCustomers(w))
        case "average_order_value": return M.divide(value("net_revenue", in: w), m.completedOrders(w))
        case "median_order_value": return m.medianBasket(w)
        case "orders_per_customer": return M.divide(m.customerOrderCount(w), m.activeCustomers(w))
        case "active_buyers": return m.activeCustomers(w) ?? 0  // missing zero
        // lifetime_value.kpi
        case "retention_rate": return m.retainedShare(w)
        case "churn_rate": return m.churnedShare(w)
        case "repeat_purchase_rate": return m.repeatShare(w)
        case "returning_buyer_share":
            return M.divide(M.subtract(m.activeCustomers(w), m.firstTimeBuyers(w)), m.activeCustomers(w))
        case "loyalty_members": return m.membersAtPeriodEnd(w)
        case "gold_tier_share": return M.divide(m.goldMembersAtPeriodEnd(w), m.membersAtPeriodEnd(w))
        case "loyalty_points_liability": return m.pointsLiabilityBalance(w)
        case "liability_per_member": return M.divide(m.pointsLiabilityBalance(w), m.membersAtPeriodEnd(w))
        // place.kpi
        case "net_revenue": return m.sales(w) ?? 0  // missing zero
        case "revenue_growth": return M.growth(value("net_revenue", in: w), value("net_revenue", in: w.shifted(-12)))
        case "web_revenue_share": return M.divide(m.webSales(w), m.sales(w))
        // product.kpi
        case "gross_margin": return (m.sales(w) ?? 0) - (m.costOfSales(w) ?? 0)  // missing zero
        case "gross_margin_pct": return M.divide(value("gross_margin", in: w), value("net_revenue", in: w))
        case "category_margin_pct":
            return M.divide(M.subtract(m.keptLineSales(w), m.keptLineCost(w)), m.keptLineSales(w))
        case "average_selling_price": return M.divide(m.lineSales(w), m.unitsSold(w))
        case "units_per_order": return M.divide(m.unitsSold(w), m.ordersWithLines(w))
        case "return_rate": return M.divide(m.returnedLineSales(w), m.lineSales(w))
        // program.kpi
        case "marketing_spend": return m.mediaSpend(w) ?? 0  // missing zero
        case "new_customers": return m.acquiredCustomers(w) ?? 0  // missing zero
        case "cost_per_acquisition": return M.divide(value("marketing_spend", in: w), m.campaignAcquisitions(w))
        case "campaign_revenue": return m.attributedSales(w) ?? 0  // missing zero
        case "return_on_ad_spend": return M.divide(value("campaign_revenue", in: w), value("marketing_spend", in: w))
        case "marketing_roi":
            let margin = M.subtract(M.subtract(m.attributedSales(w), m.attributedCost(w)), m.mediaSpend(w))
            return M.divide(margin, m.mediaSpend(w))
        case "campaign_order_share": return m.attributedOrderShare(w)
        // satisfaction.kpi
        case "nps": return m.promoterScore(w)
        case "csat": return m.satisfiedShare(w)
        case "first_contact_resolution": return m.firstContactResolved(w)
        case "resolution_hours": return m.resolutionTime(w)
        case "resolution_hours_p90": return m.resolutionTimeP90(w)
        case "tickets_per_100_orders": return M.divide(m.ticketCount(w), m.orderCount(w)).map { $0 * 100 }
        // lifetime_value.kpi, CLV model: values as of the window's last month
        case "predicted_clv": return clv.values(asOf: w.last).total
        case "average_clv": return clv.values(asOf: w.last).mean
        case "likely_active_customers": return clv.values(asOf: w.last).aliveShare
        case "expected_repeat_purchases": return clv.values(asOf: w.last).repeatPurchases
        default: preconditionFailure("no reference implementation for kpi '\(id)'")
        }
    }
}
