import Foundation
import Testing

@testable import ScorecardStats

/// P(X(t) = n) for Pareto/NBD: a proper distribution whose mean is the closed-form E[X(t)].
@Suite struct ParetoNBDProbabilityTests {
    static let cdnow = ParetoNBDModel(r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562)

    @Test(arguments: [1.0, 13, 39, 78])
    func probabilitiesSumToOneAndHaveTheClosedFormMean(t: Double) {
        let model = Self.cdnow
        let probabilities = (0..<400).map { model.probabilityOfPurchases(n: $0, t: t) }
        #expect(probabilities.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-7)
        let mean = probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        #expect(abs(mean - model.expectedPurchases(t: t)) < 1e-6 * max(1, model.expectedPurchases(t: t)))
    }

    @Test func zeroPurchasesMatchesAnIndependentDoubleIntegral() {
        // P(X(t)=0) = E[e^{-λ min(t, τ)}] over λ ~ Gamma(r, α), τ ~ Exp(μ), μ ~ Gamma(s, β),
        // computed the other way round: μ integrated numerically (midpoint rule in log μ), λ in closed form.
        let m = Self.cdnow
        let t = 39.0
        // Conditional on μ: P0(μ) = e^{-μt} (α/(α+t))^r + ∫₀ᵗ μ e^{-μτ} (α/(α+τ))^r dτ.
        let lowLog = -60.0
        let highLog = 5.0
        let n = 8000  // Gamma(s, β) mass outside: about 1e-15
        let h = (highLog - lowLog) / Double(n)
        var expected = 0.0
        for i in 0..<n {
            let mu = exp(lowLog + (Double(i) + 0.5) * h)
            let density =
                // dμ = μ d(log μ)
                exp(m.s * log(m.beta) + (m.s - 1) * log(mu) - m.beta * mu - SpecialFunctions.logGamma(m.s)) * mu
            let alive = exp(-mu * t) * pow(m.alpha / (m.alpha + t), m.r)
            let died = Quadrature.adaptiveSimpson(
                { tau in mu * exp(-mu * tau) * pow(m.alpha / (m.alpha + tau), m.r) }, from: 0, to: t, tolerance: 1e-11)
            expected += density * (alive + died) * h
        }
        #expect(abs(m.probabilityOfPurchases(n: 0, t: t) - expected) < 1e-6)
    }

    @Test func simpsonIntegratesPolynomialsExactly() {
        #expect(abs(Quadrature.adaptiveSimpson({ $0 * $0 * $0 }, from: 0, to: 2, tolerance: 1e-12) - 4) < 1e-12)
    }
}
