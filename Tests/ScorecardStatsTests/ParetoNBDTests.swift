import Foundation
import Testing

@testable import ScorecardStats

@Suite struct ParetoNBDTests {
    /// The published CDNOW estimates (Fader, Hardie & Lee 2005), weeks.
    let cdnow = ParetoNBDModel(r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562)

    @Test func probabilityAliveMatchesThePublishedValue() {
        #expect(abs(cdnow.probabilityAlive(x: 26, tx: 30.86, T: 31) - 0.9979) < 1e-4)
    }

    /// L = Γ(r+x)αʳβˢ/Γ(r)·[(α+T)^−(r+x)(β+T)^−s + s∫_tx^T (α+y)^−(r+x)(β+y)^−(s+1) dy]:
    /// the integral form checks both ₂F₁ branches (α ≥ β and α < β) independently.
    @Test(arguments: [
        [0.5534, 10.5802, 0.6061, 11.6562], [0.9, 25.0, 1.4, 3.0], [2.0, 1.0, 0.3, 40.0],
    ])
    func likelihoodMatchesItsIntegralRepresentation(p: [Double]) {
        let model = ParetoNBDModel(parameters: p)
        let (r, alpha, s, beta) = (p[0], p[1], p[2], p[3])
        for (x, tx, T) in [(0.0, 0.0, 39.0), (1.0, 2.5, 39.0), (6.0, 20.0, 31.0), (26.0, 30.86, 31.0)] {
            let integral = simpson({ y in pow(alpha + y, -(r + x)) * pow(beta + y, -(s + 1)) }, from: tx, to: T)
            let expected =
                SpecialFunctions.logGamma(r + x) - SpecialFunctions.logGamma(r) + r * log(alpha)
                + s * log(beta) + log(pow(alpha + T, -(r + x)) * pow(beta + T, -s) + s * integral)
            #expect(abs(model.logLikelihood(x: x, tx: tx, T: T) - expected) < 1e-9 * abs(expected), "x = \(x)")
        }
    }

    @Test func extremeHistoriesGiveZeroNotNaN() {
        #expect(cdnow.probabilityAlive(x: 1000, tx: 10, T: 100) == 0)
        #expect(cdnow.conditionalExpectedPurchases(t: 52, x: 1000, tx: 10, T: 100) == 0)
        #expect(cdnow.logLikelihood(x: 1000, tx: 10, T: 100).isFinite)
    }

    @Test func customersWithoutRepeatPurchasesFadeWithAge() {
        let young = cdnow.probabilityAlive(x: 0, tx: 0, T: 5)
        let old = cdnow.probabilityAlive(x: 0, tx: 0, T: 80)
        #expect(young < 1 && old < young && old > 0)
        #expect(cdnow.conditionalExpectedPurchases(t: 39, x: 0, tx: 0, T: 39) > 0)
    }

    @Test func conditionalExpectationOfANewCustomerIsTheUnconditionalOne() {
        for t in [1.0, 39, 300] {
            let conditional = cdnow.conditionalExpectedPurchases(t: t, x: 0, tx: 0, T: 1e-12)
            #expect(isClose(conditional, cdnow.expectedPurchases(t: t), relative: 1e-9))
        }
        let unitS = ParetoNBDModel(r: 1, alpha: 2, s: 1, beta: 3)
        #expect(abs(unitS.expectedPurchases(t: 6) - 1.5 * log(3.0)) < 1e-12)
    }

    @Test func groupedFitEqualsUngroupedFit() throws {
        var rng = SplitMix64(seed: 21)
        let customers = (0..<800).map { i in
            Simulation.customer(from: cdnow, T: Double(27 + i % 13), timeStep: 1, using: &rng)
        }
        let ungrouped = try ParetoNBDModel.fit(customers)
        let grouped = try ParetoNBDModel.fit(CustomerSummary.grouped(customers))
        #expect(isClose(grouped.logLikelihood, ungrouped.logLikelihood, relative: 1e-8))
        #expect(maxRelativeError(grouped.model.parameters, ungrouped.model.parameters) < 1e-3)
    }
}
