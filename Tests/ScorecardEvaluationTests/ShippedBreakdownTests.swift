import ScorecardEngine
import Testing

/// Breakdown groups of shipped KPIs against the KPI's definition over each group's rows, and the
/// privacy suppression of small groups.
@Suite("Shipped KPI breakdowns and privacy")
struct ShippedBreakdownTests {
    static let period = Window(year: 2026, month: 6)
    /// Evaluated once with `min_group_size 1`, so every group has a value.
    static let unsuppressed = Result {
        try ShippedFixture.evaluate("2026-06", model: ShippedFixture.unsuppressedModel.get())
    }

    @Test("group values equal the KPI over the group's rows (min_group_size 1)", arguments: BreakdownCase.all)
    func groupValues(_ breakdown: BreakdownCase) throws {
        let facts = try ShippedFixture.facts.get()
        let result = try #require(Self.unsuppressed.get().kpis.first { $0.id == breakdown.kpi })
        let groups = try #require(result.breakdowns[breakdown.dimension])
        #expect(Set(groups.map(\.key)) == breakdown.keys(facts, Self.period))
        #expect(!groups.isEmpty)
        let mismatches = groups.compactMap { group -> Mismatch? in
            let expected = breakdown.value(facts, Self.period, key: group.key)
            guard group.suppressed || !agrees(group.value, expected, tolerance: ShippedLibraryTests.tolerance) else {
                return nil
            }
            return Mismatch(
                kpi: breakdown.kpi,
                field: "\(breakdown.dimension)=\(group.key)\(group.suppressed ? " suppressed" : "")",
                actual: group.value, expected: expected, note: nil)
        }
        ComparisonCheck.expectNone(mismatches)
    }

    @Test("net revenue by region adds up to the total, to the cent")
    func regionsAddUp() throws {
        let result = try #require(Self.unsuppressed.get().kpis.first { $0.id == "net_revenue" })
        let groups = try #require(result.breakdowns["region"])
        #expect(groups.allSatisfy { !$0.suppressed && $0.value != nil })
        let totalCents = groups.compactMap(\.value).reduce(0) { $0 + Int(($1 * 100).rounded()) }
        let expected = try ShippedFixture.reference().value("net_revenue", in: Self.period)
        #expect(Double(totalCents) / 100 == expected)
        #expect(result.value == expected)
        #expect(groups.count == 6)
    }

    @Test(
        "groups with fewer customers than min_group_size are suppressed",
        arguments: BreakdownCase.all.filter {
            !["loyalty_members", "new_customers"].contains($0.kpi)
        })
    func privacy(_ breakdown: BreakdownCase) throws {
        let facts = try ShippedFixture.facts.get()
        let minimum = try ShippedFixture.model.get().settings.minGroupSize
        let result = try #require(ShippedFixture.month.get().kpis.first { $0.id == breakdown.kpi })
        let groups = try #require(result.breakdowns[breakdown.dimension])
        var mismatches: [Mismatch] = []
        for group in groups {
            let customers = breakdown.customers(facts, Self.period, key: group.key)
            let field = "\(breakdown.dimension)=\(group.key) with \(customers) customers"
            if customers < minimum {
                if !group.suppressed || group.value != nil {
                    mismatches.append(
                        Mismatch(
                            kpi: breakdown.kpi, field: field + " not suppressed", actual: group.value, expected: nil,
                            note: nil))
                }
            } else if group.suppressed {
                mismatches.append(
                    Mismatch(
                        kpi: breakdown.kpi, field: field + " suppressed", actual: nil,
                        expected: breakdown.value(facts, Self.period, key: group.key), note: nil))
            }
        }
        ComparisonCheck.expectNone(mismatches)
    }

    @Test("the privacy test has small groups to suppress")
    func someGroupIsSmall() throws {
        let facts = try ShippedFixture.facts.get()
        let small = BreakdownCase.all.flatMap { breakdown in
            breakdown.keys(facts, Self.period).filter { breakdown.customers(facts, Self.period, key: $0) < 5 }.map {
                "\(breakdown): \($0)"
            }
        }
        #expect(!small.isEmpty)
    }
}
