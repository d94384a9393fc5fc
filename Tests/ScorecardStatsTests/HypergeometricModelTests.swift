import Foundation
import Testing

@testable import ScorecardStats

/// ₂F₁ in the shapes the models use, against the direct series summed in log space at high cost.
@Suite struct HypergeometricModelTests {
    /// Σ terms by brute force with rescaling (positive parameters, 0 ≤ z < 1 only).
    private func bruteForceLog(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
        var logTerm = 0.0
        var logSum = 0.0
        for n in 0..<2_000_000 {
            let k = Double(n)
            logTerm += log(a + k) + log(b + k) - log(c + k) - log(k + 1) + log(z)
            logSum = SpecialFunctions.logAddExp(logSum, logTerm)
            if logTerm < logSum - 40, k > a + b { break }
        }
        return logSum
    }

    @Test(arguments: [
        (1000.243, 1002.426, 1002.219, 0.3),  // BG/NBD conditional, heavy buyer
        (2.243, 4.426, 4.219, 0.8),
        (27.16, 1.6061, 28.16, 0.05),  // Pareto/NBD α ≥ β
        (3.2, 2.5, 4.2, 0.97),  // Pareto/NBD α < β, far apart
    ])
    func transformedSeriesAgreesWithTheDirectSeries(_ a: Double, _ b: Double, _ c: Double, _ z: Double) {
        let (logF, sign) = Hypergeometric.logF21(a, b, c, z)
        #expect(sign == 1)
        let direct = bruteForceLog(a, b, c, z)
        #expect(abs(logF - direct) < 1e-10 * max(1, abs(direct)))
    }
}
