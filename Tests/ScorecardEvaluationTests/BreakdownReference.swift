/// A KPI broken down by a dimension, with the rows whose groups and customers the reference uses.
struct BreakdownCase: Sendable, CustomStringConvertible {
    let kpi: String
    let dimension: String
    /// The rows of the KPI's sources that form the groups of a window.
    let rows: @Sendable (DemoFacts, Window) -> [[any Fact]]

    var description: String { "\(kpi) by \(dimension)" }

    /// The expected group keys of a window ("(none)" for a null dimension value).
    func keys(_ facts: DemoFacts, _ window: Window) -> Set<String> {
        Set(rows(facts, window).joined().map { ($0.dimensions[dimension] ?? nil) ?? "(none)" })
    }

    /// The fewest distinct customers of a group among the KPI's sources that have rows in it (the
    /// privacy group size): the population the number is about, whatever the measures' `where`.
    func customers(_ facts: DemoFacts, _ window: Window, key: String) -> Int {
        rows(facts, window).map { rows in
            Set(rows.filter { (($0.dimensions[dimension] ?? nil) ?? "(none)") == key }.compactMap(\.customer)).count
        }.filter { $0 > 0 }.min() ?? 0
    }

    /// The reference value of one group: the KPI's definition over that group's rows only.
    func value(_ facts: DemoFacts, _ window: Window, key: String) -> Double? {
        DemoKPIReference(facts: facts.restricted(to: dimension, key: key)).value(kpi, in: window)
    }

    /// The population of `customer_orders`' customer-based measures: its rows about a customer.
    static func buyers(_ f: DemoFacts) -> [OrderFact] { f.customerOrders.filter { $0.customer != nil } }

    static func inWindow<F: Fact>(_ facts: [F], _ window: Window) -> [any Fact] {
        facts.filter { window.contains($0.month) }
    }

    static let all: [BreakdownCase] = [
        BreakdownCase(kpi: "net_revenue", dimension: "region") { f, w in [inWindow(f.orders, w)] },
        BreakdownCase(kpi: "gross_margin_pct", dimension: "sales_channel") { f, w in [inWindow(f.orders, w)] },
        BreakdownCase(kpi: "active_buyers", dimension: "segment") { f, w in [inWindow(f.customerOrders, w)] },
        BreakdownCase(kpi: "revenue_per_customer", dimension: "region") { f, w in [inWindow(f.customerOrders, w)] },
        BreakdownCase(kpi: "nps", dimension: "region") { f, w in [inWindow(f.surveys, w)] },
        BreakdownCase(kpi: "category_margin_pct", dimension: "category") { f, w in [inWindow(f.lines, w)] },
        BreakdownCase(kpi: "tickets_per_100_orders", dimension: "segment") { f, w in
            [inWindow(f.tickets, w), inWindow(f.orders, w)]
        },
        BreakdownCase(kpi: "new_customers", dimension: "marketing_channel") { f, w in [inWindow(f.customers, w)] },
        BreakdownCase(kpi: "loyalty_members", dimension: "loyalty_tier") { f, w in [inWindow(f.loyalty, w)] },
        BreakdownCase(kpi: "repeat_purchase_rate", dimension: "segment") { f, w in [inWindow(buyers(f), w)] },
        BreakdownCase(kpi: "retention_rate", dimension: "region") { f, w in [inWindow(buyers(f), w.before)] },
        BreakdownCase(kpi: "churn_rate", dimension: "segment") { f, w in [inWindow(buyers(f), w.before)] },
        BreakdownCase(kpi: "returning_buyer_share", dimension: "region") { f, w in [inWindow(buyers(f), w)] },
        BreakdownCase(kpi: "returning_buyer_share", dimension: "segment") { f, w in [inWindow(buyers(f), w)] },
        BreakdownCase(kpi: "median_order_value", dimension: "sales_channel") { f, w in [inWindow(f.orders, w)] },
        BreakdownCase(kpi: "average_order_value", dimension: "region") { f, w in [inWindow(f.orders, w)] },
        BreakdownCase(kpi: "csat", dimension: "segment") { f, w in [inWindow(f.surveys, w)] },
        BreakdownCase(kpi: "resolution_hours_p90", dimension: "ticket_priority") { f, w in [inWindow(f.tickets, w)] },
        BreakdownCase(kpi: "first_contact_resolution", dimension: "support_channel") { f, w in [inWindow(f.tickets, w)]
        },
        BreakdownCase(kpi: "revenue_growth", dimension: "region") { f, w in [inWindow(f.orders, w)] },
    ]
}
