import ScorecardEngine
import ScorecardSQLite

/// A row of a source after its many-to-one joins, with its month and dimension values.
protocol Fact: Sendable {
    /// The month of the row's time (nil when the time is null).
    var month: Int? { get }
    /// The customer, for privacy group sizes.
    var customer: Int? { get }
    /// Dimension name → value (nil when the joined column is null or the join found nothing).
    var dimensions: [String: String?] { get }
}

/// A row of `orders` (or `customer_orders`) with its customer's region and segment and its campaign.
struct OrderFact: Fact {
    let month: Int?, customer: Int?, status: String?, channel: String?, campaign: Int?
    let net: Double?, cost: Double?, optedOut: Bool
    let dimensions: [String: String?]
    /// The order's day, `YYYY-MM-DD` (for the CLV references).
    var day: String? = nil
    var completed: Bool { status == "completed" }
}

/// A row of `order_lines`, dated and filtered by its order.
struct LineFact: Fact {
    let month: Int?, customer: Int?, order: Int?, orderStatus: String?
    let quantity: Double?, net: Double?, cost: Double?, returned: Int?
    let dimensions: [String: String?]
}

/// A row of `customers`, dated by `acquired_on`.
struct CustomerFact: Fact {
    let month: Int?, customer: Int?, campaign: Int?
    let dimensions: [String: String?]
}

/// A row of `campaign_spend`, dated by `spent_on`.
struct SpendFact: Fact {
    let month: Int?, amount: Double?
    var customer: Int? { nil }
    let dimensions: [String: String?]
}

/// A row of `support_tickets`, dated by `opened_at` (unix seconds).
struct TicketFact: Fact {
    let month: Int?, customer: Int?, opened: Double?, resolved: Double?, firstContact: Int?
    let dimensions: [String: String?]
}

/// A row of `survey_responses`, dated by `answered_on`.
struct SurveyFact: Fact {
    let month: Int?, customer: Int?, nps: Int?, csat: Int?
    let dimensions: [String: String?]
}

/// A row of `loyalty_snapshots`: one tier's balance at a month end.
struct LoyaltyFact: Fact {
    let time: String?, month: Int?, tier: String?, members: Double?, liability: Double?
    var customer: Int? { nil }
    var dimensions: [String: String?] { ["loyalty_tier": tier] }
}

/// Every demo table joined in Swift the way `metrics/sources.kpi` declares the sources.
struct DemoFacts: Sendable {
    var orders: [OrderFact] = []
    var lines: [LineFact] = []
    var customers: [CustomerFact] = []
    var spend: [SpendFact] = []
    var tickets: [TicketFact] = []
    var surveys: [SurveyFact] = []
    var loyalty: [LoyaltyFact] = []

    init() {}

    init(database: SQLiteDatabase) throws {
        let regions = try RawTable.keyed("regions", from: database)
        let campaigns = try RawTable.keyed("campaigns", from: database)
        let customerRows = try RawTable.keyed("customers", from: database)
        let categories = try RawTable.keyed("categories", from: database)
        let products = try RawTable.keyed("products", from: database)
        let orderRows = try RawTable.keyed("orders", from: database)
        /// Region and segment dimensions reached through a customer id.
        func customerDimensions(_ id: Int?) -> [String: String?] {
            let customer = id.flatMap { customerRows[$0] }
            let region = customer?.int("region_id").flatMap { regions[$0] }
            return [
                "region": region?.text("name"), "country": region?.text("country"),
                "segment": customer?.text("segment"),
            ]
        }
        func campaignDimensions(_ id: Int?) -> [String: String?] {
            let campaign = id.flatMap { campaigns[$0] }
            return ["marketing_channel": campaign?.text("channel"), "campaign": campaign?.text("name")]
        }
        func optedOut(_ id: Int?) -> Bool { (id.flatMap { customerRows[$0]?.int("opted_out") } ?? 0) != 0 }

        var orderFacts: [Int: OrderFact] = [:]
        for (id, row) in orderRows {
            let customer = row.int("customer_id")
            let dims = customerDimensions(customer).merging(campaignDimensions(row.int("campaign_id"))) { a, _ in a }
                .merging(["sales_channel": row.text("channel")]) { a, _ in a }
            orderFacts[id] = OrderFact(
                month: ReferenceCalendar.month(iso: row.text("ordered_at")), customer: customer,
                status: row.text("status"), channel: row.text("channel"), campaign: row.int("campaign_id"),
                net: row.double("net_amount"), cost: row.double("cost_amount"), optedOut: optedOut(customer),
                dimensions: dims, day: row.text("ordered_at").map { String($0.prefix(10)) })
        }
        orders = orderFacts.values.filter { $0.status != nil && $0.status != "cancelled" }
        for row in try RawTable.read("order_lines", from: database) {
            let order = row.int("order_id").flatMap { orderFacts[$0] }
            let category = row.int("product_id").flatMap { products[$0] }?.int("category_id").flatMap { categories[$0] }
            var dims = customerDimensions(order?.customer)
            dims["sales_channel"] = .some(order?.channel)
            dims["category"] = .some(category?.text("name"))
            let fact = LineFact(
                month: order?.month, customer: order?.customer, order: row.int("order_id"), orderStatus: order?.status,
                quantity: row.double("quantity"), net: row.double("net_amount"), cost: row.double("cost_amount"),
                returned: row.int("returned"), dimensions: dims)
            if fact.orderStatus != nil && fact.orderStatus != "cancelled" { lines.append(fact) }
        }
        for (id, row) in customerRows {
            let dims = customerDimensions(id).merging(campaignDimensions(row.int("campaign_id"))) { a, _ in a }
            customers.append(
                CustomerFact(
                    month: ReferenceCalendar.month(iso: row.text("acquired_on")), customer: id,
                    campaign: row.int("campaign_id"), dimensions: dims))
        }
        for row in try RawTable.read("campaign_spend", from: database) {
            spend.append(
                SpendFact(
                    month: ReferenceCalendar.month(iso: row.text("spent_on")), amount: row.double("amount"),
                    dimensions: campaignDimensions(row.int("campaign_id"))))
        }
        for row in try RawTable.read("support_tickets", from: database) {
            var dims = customerDimensions(row.int("customer_id"))
            dims["support_channel"] = .some(row.text("channel"))
            dims["ticket_priority"] = .some(row.text("priority"))
            tickets.append(
                TicketFact(
                    month: ReferenceCalendar.month(unix: row.double("opened_at")), customer: row.int("customer_id"),
                    opened: row.double("opened_at"), resolved: row.double("resolved_at"),
                    firstContact: row.int("first_contact_resolution"), dimensions: dims))
        }
        for row in try RawTable.read("survey_responses", from: database) {
            surveys.append(
                SurveyFact(
                    month: ReferenceCalendar.month(iso: row.text("answered_on")), customer: row.int("customer_id"),
                    nps: row.int("nps_score"), csat: row.int("csat_score"),
                    dimensions: customerDimensions(row.int("customer_id"))))
        }
        for row in try RawTable.read("loyalty_snapshots", from: database) {
            loyalty.append(
                LoyaltyFact(
                    time: row.text("snapshot_on"), month: ReferenceCalendar.month(iso: row.text("snapshot_on")),
                    tier: row.text("tier"), members: row.double("members"), liability: row.double("points_liability")))
        }
    }

    /// Rows of `customer_orders`: orders without customers who opted out.
    var customerOrders: [OrderFact] { orders.filter { !$0.optedOut } }

    /// Only the rows whose dimension has the group key ("(none)" for null).
    func restricted(to dimension: String, key: String) -> DemoFacts {
        func keep<F: Fact>(_ facts: [F]) -> [F] {
            facts.filter { fact in fact.dimensions[dimension].map { ($0 ?? "(none)") == key } ?? false }
        }
        var copy = DemoFacts()
        copy.orders = keep(orders)
        copy.lines = keep(lines)
        copy.customers = keep(customers)
        copy.spend = keep(spend)
        copy.tickets = keep(tickets)
        copy.surveys = keep(surveys)
        copy.loyalty = keep(loyalty)
        return copy
    }
}
