import Foundation
import Testing

@testable import ScorecardStats

@Suite struct BGNBDTests {
    /// The published CDNOW estimates (Fader, Hardie & Lee 2005), weeks.
    let cdnow = BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)

    @Test func probabilityOfNoPurchasesMatchesThePaper() {
        #expect(abs(cdnow.probabilityOfPurchases(n: 0, t: 39) - 0.5737864) < 1e-6)
    }

    @Test func conditionalExpectationMatchesThePaper() {
        let value = cdnow.conditionalExpectedPurchases(t: 39, x: 2, tx: 30.43, T: 38.86)
        #expect(abs(value - 1.226) < 1e-3)
    }

    @Test func unconditionalExpectationMatchesThePaper() {
        for (t, expected) in [(1.0, 0.0533), (3.0, 0.1509), (32.0, 1.0452), (78.0, 1.8605)] {
            #expect(abs(cdnow.expectedPurchases(t: t) - expected) < 1e-4, "t = \(t)")
        }
    }

    @Test func purchaseDistributionSumsToOneWithTheExpectedMean() {
        let t = 39.0
        let probabilities = (0...400).map { cdnow.probabilityOfPurchases(n: $0, t: t) }
        let total = probabilities.reduce(0, +)
        let mean = probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        #expect(abs(total - 1) < 1e-9)
        #expect(abs(mean - cdnow.expectedPurchases(t: t)) < 1e-6)
    }

    @Test func conditionalExpectationOfANewCustomerIsTheUnconditionalOne() {
        for t in [0.5, 10, 200] {
            let conditional = cdnow.conditionalExpectedPurchases(t: t, x: 0, tx: 0, T: 1e-12)
            #expect(isClose(conditional, cdnow.expectedPurchases(t: t), relative: 1e-9))
        }
    }

    @Test func extremeHistoriesGiveZeroNotNaN() {
        #expect(cdnow.probabilityAlive(x: 1000, tx: 10, T: 100) == 0)
        #expect(cdnow.conditionalExpectedPurchases(t: 52, x: 1000, tx: 10, T: 100) == 0)
        #expect(cdnow.logLikelihood(x: 1000, tx: 10, T: 100).isFinite)
        // A heavy buyer seen recently: alive, large and finite forecast.
        let heavy = cdnow.conditionalExpectedPurchases(t: 52, x: 1000, tx: 99.9, T: 100)
        #expect(heavy.isFinite && heavy > 100)
    }

    @Test func customersWithoutRepeatPurchasesAreAliveAndForecastFinite() {
        #expect(cdnow.probabilityAlive(x: 0, tx: 0, T: 39) == 1)
        let forecast = cdnow.conditionalExpectedPurchases(t: 39, x: 0, tx: 0, T: 39)
        #expect(forecast > 0 && forecast < cdnow.expectedPurchases(t: 39))
        #expect(cdnow.logLikelihood(x: 0, tx: 0, T: 39).isFinite)
    }

    @Test func forecastsNearTheRemovableSingularityAtAEqualOneAreContinuous() {
        let at = BGNBDModel(r: 0.5, alpha: 5, a: 1, b: 2).expectedPurchases(t: 20)
        let near = BGNBDModel(r: 0.5, alpha: 5, a: 1.001, b: 2).expectedPurchases(t: 20)
        #expect(at.isFinite && abs(at - near) < 1e-3)
    }

    @Test func analyticGradientMatchesCentralDifferences() throws {
        let data = try RFMData([
            CustomerSummary(x: 0, tx: 0, T: 39), CustomerSummary(x: 1, tx: 4.2, T: 30, weight: 3),
            CustomerSummary(x: 7, tx: 36, T: 38, weight: 0.5), CustomerSummary(x: 25, tx: 12, T: 52),
        ])
        for p in [cdnow.parameters, [1.7, 0.8, 2.5, 0.6]] {
            let analytic = BGNBDModel.logLikelihoodAndGradient(p, data).gradient
            let numeric = FiniteDifference.centralGradient(
                of: { BGNBDModel.logLikelihoodAndGradient($0, data).value }, at: p, step: 1e-6)
            for i in p.indices {
                #expect(abs(analytic[i] - numeric[i]) < 1e-6 * max(1, abs(numeric[i])), "parameter \(i)")
            }
        }
    }

    @Test func groupedFitEqualsUngroupedFit() throws {
        var rng = SplitMix64(seed: 11)
        let customers = (0..<3_000).map { i in
            Simulation.customer(from: cdnow, T: Double(27 + i % 13), timeStep: 1, using: &rng)
        }
        let patterns = CustomerSummary.grouped(customers)
        #expect(patterns.count < customers.count / 3)
        #expect(patterns.reduce(0) { $0 + $1.weight } == 3_000)
        #expect(isClose(try cdnow.logLikelihood(patterns), try cdnow.logLikelihood(customers), relative: 1e-10))
        let ungrouped = try BGNBDModel.fit(customers)
        let grouped = try BGNBDModel.fit(patterns)
        #expect(isClose(grouped.logLikelihood, ungrouped.logLikelihood, relative: 1e-9))
        #expect(maxRelativeError(grouped.model.parameters, ungrouped.model.parameters) < 1e-4)
    }

    @Test func penaltyShrinksTheParameters() throws {
        var rng = SplitMix64(seed: 5)
        let customers = (0..<2_000).map { _ in Simulation.customer(from: cdnow, T: 39, timeStep: 1, using: &rng) }
        let patterns = CustomerSummary.grouped(customers)
        let plain = try BGNBDModel.fit(patterns)
        let penalised = try BGNBDModel.fit(patterns, penalty: 0.01)
        let norm: (BGNBDModel) -> Double = { $0.parameters.reduce(0) { $0 + $1 * $1 } }
        #expect(norm(penalised.model) < norm(plain.model))
        #expect(penalised.logLikelihood <= plain.logLikelihood)
    }

    @Test func fitRejectsDataWithoutRepeatBuyersAndImpossibleRows() {
        #expect(throws: StatsError.noRepeatBuyers) {
            try BGNBDModel.fit([CustomerSummary(x: 0, tx: 0, T: 10), CustomerSummary(x: 0, tx: 0, T: 20)])
        }
        #expect(throws: StatsError.self) { try BGNBDModel.fit([CustomerSummary(x: 2, tx: 12, T: 10)]) }
    }
}
