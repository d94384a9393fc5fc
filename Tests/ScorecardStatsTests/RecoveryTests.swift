import Testing

@testable import ScorecardStats

/// Simulate from known parameters with the seeded generator, fit, and recover the parameters.
@Suite struct RecoveryTests {
    @Test func bgnbdRecoversItsParameters() throws {
        let truth = BGNBDModel(r: 1.2, alpha: 6, a: 1.1, b: 3.5)
        var rng = SplitMix64(seed: 2024)
        let customers = (0..<10_000).map { i in Simulation.customer(from: truth, T: Double(40 + i % 40), using: &rng) }
        let fit = try BGNBDModel.fit(customers)
        #expect(maxRelativeError(fit.model.parameters, truth.parameters) < 0.15, "\(fit.model)")
        #expect(fit.logLikelihood >= (try truth.logLikelihood(customers)))
    }

    @Test func paretoNBDRecoversItsParameters() throws {
        let truth = ParetoNBDModel(r: 0.9, alpha: 8, s: 0.8, beta: 12)
        // Recorded in whole weeks and grouped, so the debug-build test stays fast (the Pareto/NBD
        // gradient is by finite differences); the rounding of tx costs a little bias at most.
        var rng = SplitMix64(seed: 77)
        let individuals = (0..<10_000).map { i in
            Simulation.customer(from: truth, T: Double(39 + 13 * (i % 4)), timeStep: 1, using: &rng)
        }
        let customers = CustomerSummary.grouped(individuals)
        let fit = try ParetoNBDModel.fit(customers)
        #expect(maxRelativeError(fit.model.parameters, truth.parameters) < 0.15, "\(fit.model)")
        #expect(fit.logLikelihood >= (try truth.logLikelihood(customers)))
    }

    @Test func gammaGammaRecoversItsParameters() throws {
        let truth = GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44)
        var rng = SplitMix64(seed: 99)
        let x = (0..<10_000).map { Double(1 + $0 % 10) }
        let m = x.map { Simulation.meanSpend(from: truth, x: $0, using: &rng) }
        let fit = try GammaGammaModel.fit(frequencies: x, meanSpends: m)
        #expect(maxRelativeError(fit.model.parameters, truth.parameters) < 0.15, "\(fit.model)")
        #expect(abs(fit.model.expectedAverageSpend / truth.expectedAverageSpend - 1) < 0.03)
    }
}
