import Foundation

extension GammaGammaModel {
    /// The largest p or q accepted before the fit is reported as a degenerate ridge.
    ///
    /// p = 1000 means transaction values within a customer vary by 1/√p ≈ 3%; q = 1000 means
    /// customers' average values differ by about 3%. Beyond that the likelihood is flat along
    /// pγ = const (or q/γ = const) and the estimates are arbitrary.
    public static let ridgeBound = 1e3

    /// Fits the model to repeat buyers' frequencies and mean spends (rows with x = 0 are skipped).
    ///
    /// BFGS on log-parameters with analytic gradients, started from moment estimates (see
    /// ``momentEstimate(frequencies:meanSpends:weights:)``), which keeps it off the ridge that a
    /// naive start wanders onto. The end point is then checked.
    ///
    /// - Throws: ``StatsError/degenerateRidge(model:detail:)`` when p or q exceeds ``ridgeBound``
    ///   or γ collapses below 1e-9·mean (parameters not identified: e.g. no within-customer
    ///   variation), or q ≤ 1 (infinite population mean spend); ``StatsError/noRepeatBuyers``;
    ///   ``StatsError/fitDidNotConverge(model:iterations:gradientNorm:)``.
    public static func fit(
        frequencies: [Double], meanSpends: [Double], weights: [Double]? = nil, penalty: Double = 0
    ) throws(StatsError) -> FitResult<GammaGammaModel> {
        let data = try SpendData(frequencies, meanSpends, weights)
        guard data.distinctX.count >= 2 || data.count >= 3 else {
            throw .insufficientData("need at least three repeat buyers")
        }
        let start = momentEstimate(data).parameters
        let mean = data.mean
        let outcome = try LogParameterFit.run(
            model: "Gamma-Gamma", start: start, totalWeight: data.totalWeight, penalty: penalty,
            diagnose: { v in ridgeProblem(v, mean: mean) },
            logLikelihood: { v in logLikelihoodAndGradient(v, data) }
        )
        return FitResult(
            model: GammaGammaModel(parameters: outcome.parameters), logLikelihood: outcome.logLikelihood,
            customers: data.totalWeight, iterations: outcome.iterations, gradientNorm: outcome.gradientNorm
        )
    }

    /// Fits on ``CustomerSummary`` rows that have x > 0 and a `meanSpend`.
    public static func fit(_ customers: [CustomerSummary], penalty: Double = 0) throws(StatsError) -> FitResult<
        GammaGammaModel
    > {
        let rows = customers.compactMap { customer in customer.meanSpend.map { (customer, spend: $0) } }
            .filter { $0.0.x > 0 }
        return try fit(
            frequencies: rows.map(\.0.x), meanSpends: rows.map(\.spend), weights: rows.map(\.0.weight),
            penalty: penalty
        )
    }

    /// Method-of-moments starting values from the logarithms of the mean spends.
    ///
    /// Under the model m̄ = G/(xν) with G ~ Gamma(px, 1), so within each frequency x
    /// Var(ln m̄) = ψ′(px) + ψ′(q) ≈ 1/(px) + ψ′(q) and E[ln m̄] = ψ(px) − ln x − ψ(q) + ln γ.
    /// A weighted regression of the per-x variances on 1/x gives p (slope 1/p) and q (intercept
    /// ψ′(q) ≈ 1/q + 1/(2q²)); γ then matches the mean. Log-moments exist for every q, unlike the
    /// variance of m̄ itself (q > 2) and its sampling variance (q > 4). Falls back to p = 1,
    /// q = 3, γ = 2·mean when fewer than two frequencies have repeated observations.
    public static func momentEstimate(frequencies: [Double], meanSpends: [Double], weights: [Double]? = nil)
        throws(StatsError) -> GammaGammaModel
    {
        momentEstimate(try SpendData(frequencies, meanSpends, weights))
    }

    static func momentEstimate(_ data: SpendData) -> GammaGammaModel {
        let m = data.distinctX.count
        var sw = [Double](repeating: 0, count: m)
        var s1 = sw
        var s2 = sw
        for i in 0..<data.count {
            let k = data.xIndex[i]
            let w = data.weight[i]
            let l = data.logMeanSpend[i]
            sw[k] += w
            s1[k] += w * l
            s2[k] += w * l * l
        }
        // Weighted least squares of v = Var(ln m̄ | x) on u = 1/x, weights Σw − 1.
        var tw = 0.0
        var tu = 0.0
        var tv = 0.0
        var tuu = 0.0
        var tuv = 0.0
        var groups = 0
        for k in 0..<m where sw[k] > 1 {
            let mean = s1[k] / sw[k]
            let v = max(0, (s2[k] - sw[k] * mean * mean) / (sw[k] - 1))
            let u = 1 / data.distinctX[k]
            let w = sw[k] - 1
            tw += w
            tu += w * u
            tv += w * v
            tuu += w * u * u
            tuv += w * u * v
            groups += 1
        }
        let det = tw * tuu - tu * tu
        let fallback = GammaGammaModel(p: 1, q: 3, gamma: 2 * data.mean)
        guard groups >= 2, det > 0 else { return fallback }
        let slope = (tw * tuv - tu * tv) / det
        let intercept = (tv - slope * tu) / tw
        guard slope > 0, intercept > 0 else { return fallback }
        let p = min(max(1 / slope, 1e-2), 1e3)
        let q = min(max((1 + (1 + 2 * intercept).squareRoot()) / (2 * intercept), 1.05), 1e3)
        // ln γ = mean of (ln m̄ − ψ(px) + ln x) + ψ(q)
        var total = 0.0
        for i in 0..<data.count {
            let x = data.distinctX[data.xIndex[i]]
            total += data.weight[i] * (data.logMeanSpend[i] - SpecialFunctions.digamma(p * x) + log(x))
        }
        let gamma = exp(total / data.totalWeight + SpecialFunctions.digamma(q))
        return GammaGammaModel(p: p, q: q, gamma: gamma)
    }

    private static func ridgeProblem(_ v: [Double], mean: Double) -> StatsError? {
        let (p, q, gamma) = (v[0], v[1], v[2])
        if p > ridgeBound || q > ridgeBound || gamma < 1e-9 * mean {
            return .degenerateRidge(
                model: "Gamma-Gamma",
                detail:
                    "p = \(p), q = \(q), gamma = \(gamma); transaction values vary too little within or between customers to identify the parameters"
            )
        }
        if q <= 1 {
            return .degenerateRidge(
                model: "Gamma-Gamma", detail: "q = \(q) ≤ 1, so the population mean spend pγ/(q−1) is infinite")
        }
        return nil
    }
}
