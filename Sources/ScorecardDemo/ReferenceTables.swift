import ScorecardResults

/// Writes the small tables (regions, categories, products, campaigns, spend) and the customers.
enum ReferenceTables {
    /// Regions, categories, products, campaigns and campaign spend.
    static func write(catalog: Catalog, plan: CampaignPlan, options: DemoDatabaseOptions, to writer: DemoTableWriter)
        throws
    {
        for (index, region) in RegionProfile.all.enumerated() {
            try writer.insert("regions", [DemoTableWriter.int(index + 1), .text(region.name), .text(region.country)])
        }
        for (index, category) in CategoryProfile.all.enumerated() {
            try writer.insert("categories", [DemoTableWriter.int(index + 1), .text(category.name)])
        }
        for product in catalog.products {
            try writer.insert(
                "products",
                [
                    DemoTableWriter.int(product.id), .text(product.sku), .text(product.name),
                    DemoTableWriter.int(product.categoryIndex + 1),
                    DemoTableWriter.money(product.listCents), DemoTableWriter.money(product.costCents),
                ])
        }
        for campaign in plan.campaigns {
            try writer.insert(
                "campaigns",
                [
                    DemoTableWriter.int(campaign.id), .text(campaign.name), .text(campaign.channel.name),
                    .text(CivilDate.date(campaign.startDay)),
                    campaign.endDay.map { .text(CivilDate.date($0)) } ?? .null,
                ])
        }
        for (offset, spend) in plan.spend.enumerated() {
            try writer.insert(
                "campaign_spend",
                [
                    DemoTableWriter.int(offset + 1), DemoTableWriter.int(plan.campaigns[spend.campaignIndex].id),
                    .text(CivilDate.date(options.start.advanced(by: spend.monthIndex).firstDay)),
                    DemoTableWriter.money(spend.cents),
                ])
        }
    }

    /// The customers, whose ids are their index plus one.
    static func writeCustomers(_ customers: [DemoCustomer], plan: CampaignPlan, to writer: DemoTableWriter) throws {
        for (index, customer) in customers.enumerated() {
            try writer.insert(
                "customers",
                [
                    DemoTableWriter.int(index + 1), .text(customer.name), .text(customer.segment.name),
                    DemoTableWriter.int(customer.regionIndex + 1),
                    DemoTableWriter.optional(customer.campaignIndex.map { plan.campaigns[$0].id }),
                    .text(CivilDate.date(customer.acquiredDay)), DemoTableWriter.flag(customer.optedOut),
                ])
        }
    }
}
