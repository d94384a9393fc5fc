import Foundation
import Testing

@testable import ScorecardStats

@Suite struct BFGSTests {
    @Test func minimisesRosenbrockFromTheClassicStart() {
        let result = BFGS(gradientTolerance: 1e-8, maxIterations: 500).minimize(start: [-1.2, 1]) { v in
            let (x, y) = (v[0], v[1])
            let f = 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x)
            return (f, [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)])
        }
        #expect(result.converged)
        #expect(abs(result.point[0] - 1) < 1e-6 && abs(result.point[1] - 1) < 1e-6)
    }

    @Test func backsOffWhenTheObjectiveLeavesItsDomain() {
        // f = x − ln x is undefined for x ≤ 0; the first steps can overshoot overshoots into it.
        let result = BFGS().minimize(start: [20]) { v in
            let x = v[0]
            guard x > 0 else { return (.nan, [.nan]) }
            return (x - log(x), [1 - 1 / x])
        }
        #expect(result.converged)
        #expect(abs(result.point[0] - 1) < 1e-5)
    }

    @Test func centralDifferencesMatchAnAnalyticGradient() {
        let f: ([Double]) -> Double = { v in v[0] * v[0] * v[1] + 3 * v[1] }
        let g = FiniteDifference.centralGradient(of: f, at: [2, 5])
        #expect(abs(g[0] - 20) < 1e-7 && abs(g[1] - 7) < 1e-7)
    }
}
