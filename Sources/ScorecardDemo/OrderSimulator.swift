import Foundation
import ScorecardResults

/// Simulates orders month by month and writes `orders` and `order_lines`.
///
/// Every active customer orders a Poisson number of times a month, at their own rate times the
/// seasonality and their region's trend; new customers place their first order on the day they
/// are acquired. Orders are written in time order, so ids grow with `ordered_at`. Along the way
/// the simulator feeds the loyalty ledger, the support desk and the survey panel.
final class OrderSimulator {
    /// An order scheduled in the current month, before its lines are drawn.
    struct Scheduled {
        let second: Int
        let customerIndex: Int
        let channel: Int
        let isFirst: Bool
    }

    /// One drawn order line, kept until the order row is written.
    struct Line {
        let productID: Int
        let quantity: Int
        let unitPriceCents: Int
        let netCents: Int
        let costCents: Int
        let returned: Bool
    }

    static let channels = ["web", "store", "phone"]

    let options: DemoDatabaseOptions
    let catalog: Catalog
    let plan: CampaignPlan
    let customers: [DemoCustomer]
    let writer: DemoTableWriter
    var random: DemoRandom
    var actuals: [MonthlyActuals]
    var loyalty: LoyaltyLedger
    var support: SupportDesk
    var surveys: SurveyPanel
    private var nextOrderID = 1
    private var nextLineID = 1
    /// Customers who returned something this month (they open more tickets).
    private var returnedThisMonth: [Bool]

    init(
        options: DemoDatabaseOptions, catalog: Catalog, plan: CampaignPlan, customers: [DemoCustomer],
        writer: DemoTableWriter
    ) {
        self.options = options
        self.catalog = catalog
        self.plan = plan
        self.customers = customers
        self.writer = writer
        random = DemoRandom(seed: options.seed, stream: "orders")
        actuals = Array(repeating: MonthlyActuals(), count: options.months)
        loyalty = LoyaltyLedger(customers: customers)
        support = SupportDesk(options: options)
        surveys = SurveyPanel(options: options)
        returnedThisMonth = Array(repeating: false, count: customers.count)
    }

    /// The next order id (ids follow time order).
    func takeOrderID() -> Int {
        defer { nextOrderID += 1 }
        return nextOrderID
    }

    /// The next order line id.
    func takeLineID() -> Int {
        defer { nextLineID += 1 }
        return nextLineID
    }

    /// Notes that the customer returned something this month.
    func markReturn(_ customerIndex: Int) {
        returnedThisMonth[customerIndex] = true
    }

    /// Runs every month of the range.
    func run() throws {
        for index in 0..<options.months {
            try simulate(month: index)
        }
    }

    private func simulate(month index: Int) throws {
        let month = options.start.advanced(by: index)
        let categories = Segment.allCases.map { Catalog.categoryChoice(segment: $0, month: month) }
        var scheduled: [Scheduled] = []
        for customerIndex in customers.indices where customers[customerIndex].isActive(inMonth: index) {
            schedule(customerIndex: customerIndex, month: month, index: index, into: &scheduled)
        }
        // Ties (same second, same customer) keep the order they were drawn in.
        let ordered = scheduled.enumerated().sorted {
            ($0.element.second, $0.element.customerIndex, $0.offset) < (
                $1.element.second, $1.element.customerIndex, $1.offset
            )
        }
        for (_, order) in ordered {
            try write(order, monthIndex: index, categories: categories)
        }
        for customerIndex in customers.indices where customers[customerIndex].isActive(inMonth: index) {
            let customer = customers[customerIndex]
            support.maybeOpenTicket(
                customerIndex: customerIndex, customer: customer, month: month,
                hadReturn: returnedThisMonth[customerIndex], random: &random, surveys: &surveys)
            returnedThisMonth[customerIndex] = false
            if customer.isNew && customer.firstMonth == index { actuals[index].newCustomers += 1 }
        }
        actuals[index].marketingSpendCents = plan.monthlySpendCents[index]
        try loyalty.closeMonth(index: index, month: month, customers: customers, writer: writer)
    }

    /// Draws the customer's orders of the month (channel and time).
    private func schedule(customerIndex: Int, month: DemoMonth, index: Int, into scheduled: inout [Scheduled]) {
        let customer = customers[customerIndex]
        let region = RegionProfile.all[customer.regionIndex]
        var rate = customer.orderRate * Seasonality.orders(month) * region.trend(monthsFromStart: index)
        var firstDay = month.firstDay
        var count = 0
        if customer.isNew && customer.firstMonth == index {
            firstDay = customer.acquiredDay
            rate *= Double(month.lastDay - firstDay + 1) / Double(month.dayCount)
            scheduled.append(
                Scheduled(
                    second: time(day: firstDay, channel: 0), customerIndex: customerIndex, channel: 0, isFirst: true))
        }
        count += random.poisson(rate)
        for _ in 0..<count {
            let channel = pickChannel(customer: customer, region: region)
            let day = firstDay + random.int(below: month.lastDay - firstDay + 1)
            scheduled.append(
                Scheduled(
                    second: time(day: day, channel: channel), customerIndex: customerIndex, channel: channel,
                    isFirst: false))
        }
    }

    private func pickChannel(customer: DemoCustomer, region: RegionProfile) -> Int {
        let web = customer.segment == .enterprise ? 0.5 : region.webShare
        let phone = customer.segment == .enterprise ? 0.4 : (1 - web) * 0.2
        let draw = random.uniform()
        return draw < web ? 0 : (draw < web + phone ? 2 : 1)
    }

    /// Unix seconds on `day` at an hour typical of the channel (stores open 9–19, phone 8–18).
    private func time(day: Int, channel: Int) -> Int {
        let hour: Int
        switch channel {
        case 1: hour = 9 + random.int(below: 10)
        case 2: hour = 8 + random.int(below: 10)
        default: hour = Self.webHours.pick(&random)
        }
        return day * CivilDate.secondsPerDay + hour * 3600 + random.int(below: 3600)
    }

    private static let webHours = WeightedChoice([
        0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 1.5, 2, 2.2, 2.4, 2.6, 2.4, 2.2, 2.2, 2.3, 2.6, 3, 3.4, 3.5, 3, 2, 1,
    ])
}
