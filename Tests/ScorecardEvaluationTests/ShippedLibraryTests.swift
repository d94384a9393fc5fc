import ScorecardEngine
import Testing

/// Every shipped KPI, evaluated by the engine on a demo database, against an independent
/// computation in Swift from the database's raw rows.
@Suite("Shipped KPI library against reference computations")
struct ShippedLibraryTests {
    static let tolerance = 1e-9
    static let percentileTolerance = 1e-6

    @Test("every shipped KPI has a reference implementation")
    func everyKPIIsCovered() throws {
        let shipped = Set(try ShippedFixture.model.get().kpis.map(\.id))
        let covered = Set(DemoKPIReference.ids)
        #expect(
            shipped.subtracting(covered).isEmpty, "KPIs without a reference: \(shipped.subtracting(covered).sorted())")
        #expect(
            covered.subtracting(shipped).isEmpty,
            "references of KPIs not shipped: \(covered.subtracting(shipped).sorted())")
        let evaluated = Set(try ShippedFixture.month.get().kpis.map(\.id))
        #expect(evaluated == shipped)
    }

    @Test("2026-06: value, comparisons and trend", arguments: DemoKPIReference.ids)
    func month(_ id: String) throws {
        let windows = ExpectedWindows(period: Window(year: 2026, month: 6), fiscalStart: ShippedFixture.fiscalStart)
        let values = try ShippedFixture.month.get()
        try compare(id, values: values, windows: windows)
    }

    @Test("2026-Q2: value, comparisons and trend", arguments: DemoKPIReference.ids)
    func quarter(_ id: String) throws {
        let windows = ExpectedWindows(
            period: Window(year: 2026, month: 4, count: 3), fiscalStart: ShippedFixture.fiscalStart)
        try compare(id, values: ShippedFixture.quarter.get(), windows: windows)
    }

    @Test("FY2026 (2025-04..2026-03): value, comparisons and trend", arguments: DemoKPIReference.ids)
    func fiscalYear(_ id: String) throws {
        let windows = ExpectedWindows(
            period: Window(year: 2025, month: 4, count: 12), fiscalStart: ShippedFixture.fiscalStart)
        try compare(id, values: ShippedFixture.fiscalYear.get(), windows: windows)
    }

    @Test("the periods cover the months the brief expects")
    func periodBounds() throws {
        #expect(try ShippedFixture.quarter.get().periodStart == "2026-04")
        #expect(try ShippedFixture.quarter.get().periodEnd == "2026-06")
        #expect(try ShippedFixture.fiscalYear.get().periodStart == "2025-04")
        #expect(try ShippedFixture.fiscalYear.get().periodEnd == "2026-03")
    }

    private func compare(_ id: String, values: ScorecardValues, windows: ExpectedWindows) throws {
        let result = try #require(values.kpis.first { $0.id == id })
        let reference = try ShippedFixture.reference()
        let tolerance = DemoKPIReference.percentileKPIs.contains(id) ? Self.percentileTolerance : Self.tolerance
        // The demo data covers every period tested, so a nil here would make the comparison vacuous (nil == nil).
        #expect(result.value != nil, "kpi \(id) has no value for \(values.period)")
        let found = ComparisonCheck.mismatches(result, windows: windows, tolerance: tolerance) {
            reference.value(id, in: $0)
        }
        ComparisonCheck.expectNone(found)
    }
}
