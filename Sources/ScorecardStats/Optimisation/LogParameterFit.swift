import Foundation

/// Maximum-likelihood fitting on log-parameters, shared by the CLV models.
///
/// Minimises f(θ) = −ℓ(e^θ)/W + λ Σ e^{2θᵢ}: the mean negative log-likelihood over the total
/// weight W plus an optional L2 penalty λ on the natural parameters (as in the `lifetimes`
/// package). Working on θ = ln(parameters) keeps the parameters positive; the gradient is
/// ∂f/∂θᵢ = −pᵢ ∂ℓ/∂pᵢ / W + 2λ pᵢ².
enum LogParameterFit {
    struct Outcome {
        var parameters: [Double]
        var logLikelihood: Double
        var iterations: Int
        var gradientNorm: Double
    }

    /// `logLikelihood` returns ℓ and ∂ℓ/∂p at natural parameters p; `diagnose` inspects the end
    /// point (converged or not) and may reject it, e.g. as a degenerate ridge.
    static func run(
        model: String, start: [Double], totalWeight: Double, penalty: Double,
        optimizer: BFGS = BFGS(),
        diagnose: ([Double]) -> StatsError? = { _ in nil },
        logLikelihood: @escaping ([Double]) -> (value: Double, gradient: [Double])
    ) throws(StatsError) -> Outcome {
        guard penalty >= 0, penalty.isFinite else { throw .invalidInput("penalty must be ≥ 0 (got \(penalty))") }
        let objective: Objective = { theta in
            let p = theta.map { exp($0) }
            guard p.allSatisfy({ $0.isFinite && $0 > 0 }) else { return (.nan, theta.map { _ in .nan }) }
            let (ll, g) = logLikelihood(p)
            var value = -ll / totalWeight
            var gradient = [Double](repeating: 0, count: p.count)
            for i in p.indices {
                value += penalty * p[i] * p[i]
                gradient[i] = -p[i] * g[i] / totalWeight + 2 * penalty * p[i] * p[i]
            }
            return (value, gradient)
        }
        let theta0 = start.map { log($0) }
        guard objective(theta0).value.isFinite else { throw .nonFiniteLikelihood(model: model) }
        let result = optimizer.minimize(start: theta0, objective: objective)
        // A ridge explains a failure to converge better than the bare failure does.
        if let problem = diagnose(result.point.map { exp($0) }) { throw problem }
        guard result.converged else {
            throw .fitDidNotConverge(model: model, iterations: result.iterations, gradientNorm: result.gradientNorm)
        }
        let p = result.point.map { exp($0) }
        return Outcome(
            parameters: p, logLikelihood: logLikelihood(p).value,
            iterations: result.iterations, gradientNorm: result.gradientNorm
        )
    }
}
