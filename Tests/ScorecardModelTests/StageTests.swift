import Testing

@testable import ScorecardModel

@Suite struct StageTests {
    @Test func stagesRunFromProductToCustomerWithFixedIds() {
        #expect(
            Stage.allCases.map(\.rawValue) == [
                "product", "place", "program", "customer_revenue", "satisfaction", "lifetime_value",
            ])
        #expect(Stage.product < Stage.lifetimeValue)
    }
}
