import Foundation
import Testing

@testable import ScorecardStats

@Suite struct SpecialFunctionsTests {
    @Test func digammaMatchesKnownValuesAndRecurrence() {
        let eulerGamma = 0.57721566490153286
        #expect(abs(SpecialFunctions.digamma(1) + eulerGamma) < 1e-13)
        #expect(abs(SpecialFunctions.digamma(0.5) + eulerGamma + 2 * log(2.0)) < 1e-13)
        for x in [0.01, 0.3, 2.7, 13.0, 250.0] {
            #expect(abs(SpecialFunctions.digamma(x + 1) - SpecialFunctions.digamma(x) - 1 / x) < 1e-11)
        }
    }

    @Test func digammaIsTheDerivativeOfLogGamma() {
        for x in [0.2, 1.7, 9.5, 120.0] {
            let h = 1e-5 * max(1, x)
            let numeric = (SpecialFunctions.logGamma(x + h) - SpecialFunctions.logGamma(x - h)) / (2 * h)
            #expect(abs(SpecialFunctions.digamma(x) - numeric) < 1e-7)
        }
    }

    @Test func logSumAndDifferenceAreStableAtExtremes() {
        #expect(SpecialFunctions.logAddExp(1000, 1000) == 1000 + log(2.0))
        #expect(SpecialFunctions.logAddExp(-.infinity, 3) == 3)
        #expect(abs(SpecialFunctions.logSubExp(1000, 1000 - log(2.0)) - (1000 - log(2.0))) < 1e-12)
        #expect(SpecialFunctions.logistic(-2000) == 0)
        #expect(SpecialFunctions.logistic(2000) == 1)
        #expect(abs(SpecialFunctions.oneMinusPowerOverExponent(0.5, 0) - log(2.0)) < 1e-15)
        #expect(abs(SpecialFunctions.oneMinusPowerOverExponent(0.5, 2) - 0.375) < 1e-15)
    }

    @Test(arguments: [-50.0, -5, -0.9, -0.3, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999])
    func hypergeometricMatchesLogarithmClosedForm(z: Double) {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z)/z
        let expected = -log1p(-z) / z
        #expect(abs(Hypergeometric.f21(1, 1, 2, z) / expected - 1) < 1e-12)
    }

    @Test(arguments: [-3.0, -0.5, 0.2, 0.7, 0.95, 0.999])
    func hypergeometricMatchesBinomialClosedForm(z: Double) {
        // ₂F₁(a, b; b; z) = (1 − z)^(−a), including parameters in the hundreds (log space).
        for (a, b) in [(2.5, 3.7), (0.243, 2.426), (300.0, 301.0), (1000.0, 1001.5)] {
            let (logF, sign) = Hypergeometric.logF21(a, b, b, z)
            #expect(sign == 1)
            #expect(abs(logF + a * log1p(-z)) < 1e-9 * max(1, abs(a * log1p(-z))))
        }
    }

    @Test(arguments: [0.1, 0.6, 0.95, 0.999])
    func hypergeometricMatchesArcsineClosedForm(x: Double) {
        // ₂F₁(1/2, 1/2; 3/2; x²) = arcsin(x)/x
        #expect(abs(Hypergeometric.f21(0.5, 0.5, 1.5, x * x) / (asin(x) / x) - 1) < 1e-12)
    }

    @Test func hypergeometricTerminatesForNegativeIntegerParameters() {
        // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
        let (b, c, z) = (3.0, 4.5, 0.7)
        let expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1))
        #expect(abs(Hypergeometric.f21(-2, b, c, z) - expected) < 1e-14)
    }

    @Test func hypergeometricRejectsItsDomainBoundary() {
        #expect(Hypergeometric.f21(1, 1, 2, 1).isNaN)
        #expect(Hypergeometric.f21(1, 1, -2, 0.5).isNaN)
        // Within ~1e-6 of z = 1 the series would need more than `maxTerms` terms: NaN, not a wrong value.
        #expect(Hypergeometric.f21(1, 1, 2, 1 - 1e-7).isNaN)
    }
}
