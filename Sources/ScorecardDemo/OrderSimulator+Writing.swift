import Foundation
import ScorecardResults

/// Drawing an order's status, campaign and lines, and writing its rows.
extension OrderSimulator {
    /// Draws and writes one scheduled order with its lines.
    func write(_ order: Scheduled, monthIndex: Int, categories: [WeightedChoice]) throws {
        let customer = customers[order.customerIndex]
        let statusDraw = random.uniform()
        let status = statusDraw < 0.03 ? "cancelled" : (statusDraw < 0.055 ? "returned" : "completed")
        let campaign = attributedCampaign(order, customer: customer, monthIndex: monthIndex)
        let discount = customer.segment.discount + (campaign != nil ? 0.10 : 0)
        let lineCount = 1 + random.poisson(customer.segment.extraLines)
        let priceIndex = pow(1.02, Double(monthIndex - (options.months - 1)) / 12)
        var lines: [Line] = []
        lines.reserveCapacity(lineCount)
        for _ in 0..<lineCount {
            let product = catalog.pick(categories: categories[customer.segment.rawValue], random: &random)
            let quantity = customer.segment.minimumQuantity + random.poisson(customer.segment.extraQuantity)
            let unitPrice = Int((Double(product.listCents) * priceIndex * (1 - discount)).rounded())
            let unitCost = Int((Double(product.costCents) * priceIndex).rounded())
            let returned = status == "returned" || (status == "completed" && random.chance(0.016))
            lines.append(
                Line(
                    productID: product.id, quantity: quantity, unitPriceCents: unitPrice,
                    netCents: quantity * unitPrice, costCents: quantity * unitCost, returned: returned))
        }
        let orderID = takeOrderID()
        try writer.insert(
            "orders",
            [
                DemoTableWriter.int(orderID), DemoTableWriter.int(order.customerIndex + 1),
                .text(CivilDate.timestamp(seconds: order.second)), .text(status), .text(Self.channels[order.channel]),
                DemoTableWriter.optional(campaign.map { plan.campaigns[$0].id }),
                DemoTableWriter.money(lines.reduce(0) { $0 + $1.netCents }),
                DemoTableWriter.money(lines.reduce(0) { $0 + $1.costCents }),
            ])
        for line in lines {
            try writer.insert(
                "order_lines",
                [
                    DemoTableWriter.int(takeLineID()), DemoTableWriter.int(orderID),
                    DemoTableWriter.int(line.productID),
                    DemoTableWriter.int(line.quantity), DemoTableWriter.money(line.unitPriceCents),
                    DemoTableWriter.money(line.netCents), DemoTableWriter.money(line.costCents),
                    DemoTableWriter.flag(line.returned),
                ])
        }
        record(order, status: status, lines: lines, monthIndex: monthIndex)
    }

    /// The acquisition campaign for a first order; otherwise 7 % of orders go to an active campaign.
    private func attributedCampaign(_ order: Scheduled, customer: DemoCustomer, monthIndex: Int) -> Int? {
        if order.isFirst { return customer.campaignIndex }
        guard !customer.optedOut, random.chance(0.07) else { return nil }
        return plan.pickCampaign(month: monthIndex, random: &random)
    }

    /// Books the order into the monthly actuals, the loyalty ledger and the survey panel.
    private func record(_ order: Scheduled, status: String, lines: [Line], monthIndex: Int) {
        guard status != "cancelled" else { return }
        var kept = 0
        var keptCost = 0
        for line in lines where !line.returned {
            kept += line.netCents
            keptCost += line.costCents
        }
        actuals[monthIndex].netRevenueCents += kept
        actuals[monthIndex].grossMarginCents += kept - keptCost
        loyalty.recordSpend(customerIndex: order.customerIndex, cents: kept)
        let hadReturn = lines.contains { $0.returned }
        if hadReturn { markReturn(order.customerIndex) }
        if !customers[order.customerIndex].optedOut {
            surveys.maybeAfterOrder(
                customerIndex: order.customerIndex, day: order.second / CivilDate.secondsPerDay,
                returned: hadReturn, random: &random)
        }
    }
}
