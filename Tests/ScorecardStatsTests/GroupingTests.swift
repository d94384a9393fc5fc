import Testing

@testable import ScorecardStats

/// Customers merged into patterns of identical (x, t_x, T), against a plain pass over them.
@Suite struct GroupingTests {
    @Test func patternsComeInFirstOccurrenceOrderWithTheirWeightsAndEachCustomersIndex() {
        // Few distinct figures among many customers, weights of several sizes, and a signed zero.
        var customers: [CustomerSummary] = []
        var state: UInt64 = 12_345
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let draw = Int(state >> 33)
            let x = Double(draw % 4)
            let tx = x == 0 ? (draw % 7 == 0 ? -0.0 : 0) : Double(draw % 3)
            customers.append(
                CustomerSummary(x: x, tx: tx, T: Double(3 + draw % 5), weight: Double(1 + draw % 3) / 4))
        }
        // The reference: a linear search, patterns appended as first seen, weights added in order.
        var expected: [CustomerSummary] = []
        var expectedOf: [Int] = []
        for customer in customers {
            let same = { (p: CustomerSummary) in
                p.x.bitPattern == customer.x.bitPattern && p.tx.bitPattern == customer.tx.bitPattern
                    && p.T.bitPattern == customer.T.bitPattern
            }
            if let found = expected.firstIndex(where: same) {
                expected[found].weight += customer.weight
                expectedOf.append(found)
            } else {
                expected.append(CustomerSummary(x: customer.x, tx: customer.tx, T: customer.T, weight: customer.weight))
                expectedOf.append(expected.count - 1)
            }
        }
        let (patterns, patternOf) = CustomerSummary.groupedWithIndices(customers)
        #expect(expected.count > 20 && expected.count < 200)
        #expect(patternOf.map(Int.init) == expectedOf)
        #expect(patterns.count == expected.count)
        for (pattern, reference) in zip(patterns, expected) {
            #expect(pattern.x.bitPattern == reference.x.bitPattern && pattern.tx.bitPattern == reference.tx.bitPattern)
            #expect(pattern.T == reference.T && pattern.weight == reference.weight)
        }
    }
}
