/// Simulated customers from the CLV models, for tests, benchmarks and what-if analysis.
///
/// Each draw takes the customer's age T; with `timeStep` the recency tx is rounded to a multiple
/// of it (capped at T), like data recorded in whole weeks, so that
/// ``CustomerSummary/grouped(_:)`` merges many customers.
///
/// ```swift
/// var rng = SplitMix64(seed: 1)
/// let model = BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)
/// let customers = (0..<2_500).map { _ in Simulation.customer(from: model, T: 39, using: &rng) }
/// ```
public enum Simulation {
    /// One BG/NBD customer observed for T time units after the first purchase.
    public static func customer(
        from model: BGNBDModel, T: Double, timeStep: Double? = nil, using rng: inout SplitMix64
    ) -> CustomerSummary {
        let lambda = RandomVariates.gamma(shape: model.r, rate: model.alpha, using: &rng)
        let dropout = RandomVariates.beta(model.a, model.b, using: &rng)
        var t = 0.0
        var x = 0.0
        var tx = 0.0
        while true {
            t += RandomVariates.exponential(rate: lambda, using: &rng)
            guard t <= T else { break }
            x += 1
            tx = t
            if rng.nextUniform() < dropout { break }
        }
        return summary(x: x, tx: tx, T: T, timeStep: timeStep)
    }

    /// One Pareto/NBD customer observed for T time units after the first purchase.
    public static func customer(
        from model: ParetoNBDModel, T: Double, timeStep: Double? = nil, using rng: inout SplitMix64
    ) -> CustomerSummary {
        let lambda = RandomVariates.gamma(shape: model.r, rate: model.alpha, using: &rng)
        let mu = RandomVariates.gamma(shape: model.s, rate: model.beta, using: &rng)
        let end = min(T, RandomVariates.exponential(rate: mu, using: &rng))
        var t = 0.0
        var x = 0.0
        var tx = 0.0
        while true {
            t += RandomVariates.exponential(rate: lambda, using: &rng)
            guard t <= end else { break }
            x += 1
            tx = t
        }
        return summary(x: x, tx: tx, T: T, timeStep: timeStep)
    }

    /// The mean of x transaction values of one Gamma-Gamma customer (x > 0).
    ///
    /// ν ~ Gamma(q, γ); the mean of x Gamma(p, ν) values is Gamma(px, νx).
    public static func meanSpend(from model: GammaGammaModel, x: Double, using rng: inout SplitMix64) -> Double {
        precondition(x > 0, "mean spend needs at least one transaction")
        let nu = RandomVariates.gamma(shape: model.q, rate: model.gamma, using: &rng)
        return RandomVariates.gamma(shape: model.p * x, rate: nu * x, using: &rng)
    }

    private static func summary(x: Double, tx: Double, T: Double, timeStep: Double?) -> CustomerSummary {
        guard let step = timeStep, x > 0 else { return CustomerSummary(x: x, tx: x > 0 ? tx : 0, T: T) }
        return CustomerSummary(x: x, tx: min((tx / step).rounded() * step, T), T: T)
    }
}
