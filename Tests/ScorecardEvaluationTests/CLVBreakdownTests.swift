import ScorecardEngine
import Testing

/// The CLV KPIs' breakdowns: one fit on all customers, predictions averaged per group.
@Suite("CLV breakdowns")
struct CLVBreakdownTests {
    @Test("average CLV by region equals the mean of the region's customers' CLV")
    func averageCLVByRegion() throws {
        let facts = try ShippedFixture.facts.get()
        let end = Window(year: 2026, month: 6).last
        let perCustomer = CLVReference(facts: facts).values(asOf: end).perCustomer
        // Each customer's region on their latest order in the calibration window (regions do not change here).
        var region: [Int: String] = [:]
        for row in facts.customerOrders where (row.month ?? 0) >= end - 23 && (row.month ?? 0) <= end {
            if let customer = row.customer, let key = row.dimensions["region"] ?? nil { region[customer] = key }
        }
        var sums: [String: (total: Double, count: Int)] = [:]
        for (customer, clv) in perCustomer {
            let key = region[customer] ?? "(none)"
            sums[key, default: (0, 0)].total += clv
            sums[key, default: (0, 0)].count += 1
        }
        let result = try #require(
            try ShippedFixture.evaluate("2026-06", model: ShippedFixture.unsuppressedModel.get())
                .kpis.first { $0.id == "average_clv" })
        let groups = try #require(result.breakdowns["region"])
        #expect(Set(groups.map(\.key)) == Set(sums.keys))
        for group in groups {
            let expected = sums[group.key].map { $0.total / Double($0.count) }
            #expect(
                agrees(group.value, expected, tolerance: 1e-6),
                "\(group.key): \(String(describing: group.value)) vs \(String(describing: expected))")
        }
    }
}
