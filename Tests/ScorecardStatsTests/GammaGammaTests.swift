import Foundation
import Testing

@testable import ScorecardStats

@Suite struct GammaGammaTests {
    let truth = GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44)

    private func simulated(_ count: Int, seed: UInt64) -> (x: [Double], m: [Double]) {
        var rng = SplitMix64(seed: seed)
        let x = (0..<count).map { Double(1 + $0 % 8) }
        return (x, x.map { Simulation.meanSpend(from: truth, x: $0, using: &rng) })
    }

    @Test func conditionalSpendShrinksTowardsThePopulationMean() {
        let population = truth.expectedAverageSpend
        #expect(abs(population - 6.25 * 15.44 / 2.74) < 1e-12)
        #expect(truth.conditionalExpectedAverageSpend(x: 0, meanSpend: 100) == population)
        let one = truth.conditionalExpectedAverageSpend(x: 1, meanSpend: 100)
        let many = truth.conditionalExpectedAverageSpend(x: 50, meanSpend: 100)
        #expect(population < one && one < many && many < 100)
    }

    @Test func analyticGradientMatchesCentralDifferences() throws {
        let (x, m) = simulated(40, seed: 3)
        let data = try SpendData(x, m, x.map { $0 / 3 })
        for p in [truth.parameters, [1.3, 8.0, 120.0]] {
            let analytic = GammaGammaModel.logLikelihoodAndGradient(p, data).gradient
            let numeric = FiniteDifference.centralGradient(
                of: { GammaGammaModel.logLikelihoodAndGradient($0, data).value }, at: p, step: 1e-6)
            for i in p.indices {
                #expect(abs(analytic[i] - numeric[i]) < 1e-6 * max(1, abs(numeric[i])), "parameter \(i)")
            }
        }
    }

    @Test func momentEstimateStartsNearTheTruth() throws {
        let (x, m) = simulated(20_000, seed: 8)
        let start = try GammaGammaModel.momentEstimate(frequencies: x, meanSpends: m)
        #expect(abs(start.expectedAverageSpend / truth.expectedAverageSpend - 1) < 0.05)
        #expect(maxRelativeError(start.parameters, truth.parameters) < 0.3, "\(start)")
    }

    @Test func spendsWithoutWithinCustomerVariationAreReportedAsARidge() {
        // Every transaction of a customer has the same value: p → ∞ and γ → 0 maximise the likelihood.
        var rng = SplitMix64(seed: 9)
        let x = (0..<2_000).map { Double(1 + $0 % 6) }
        let m = x.map { _ in 3 / RandomVariates.gamma(shape: 4, rate: 15, using: &rng) }
        #expect {
            try GammaGammaModel.fit(frequencies: x, meanSpends: m)
        } throws: { error in
            guard case .degenerateRidge = error as? StatsError else { return false }
            return true
        }
    }

    @Test func fitSkipsOneTimeBuyersAndRejectsNoRepeatBuyers() throws {
        #expect(throws: StatsError.noRepeatBuyers) {
            try GammaGammaModel.fit(frequencies: [0, 0], meanSpends: [0, 0])
        }
        #expect(throws: StatsError.self) { try GammaGammaModel.fit(frequencies: [1, 2], meanSpends: [-5, 3]) }
        let (x, m) = simulated(500, seed: 4)
        let padded = try GammaGammaModel.fit(frequencies: x + [0, 0], meanSpends: m + [0, .nan])
        let plain = try GammaGammaModel.fit(frequencies: x, meanSpends: m)
        #expect(padded.model == plain.model)
    }
}
