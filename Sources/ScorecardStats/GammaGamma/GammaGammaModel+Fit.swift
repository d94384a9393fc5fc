extension GammaGammaModel {
    /// The largest p or q accepted before the fit is reported as a degenerate ridge.
    public static let ridgeBound = 1e4

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
            diagnose: { v in ridgeProblem(v, mean: mean) }
        ) { v in logLikelihoodAndGradient(v, data) }
        return FitResult(
            model: GammaGammaModel(parameters: outcome.parameters), logLikelihood: outcome.logLikelihood,
            customers: data.totalWeight, iterations: outcome.iterations, gradientNorm: outcome.gradientNorm
        )
    }

    /// Fits on ``CustomerSummary`` rows that have x > 0 and a `meanSpend`.
    public static func fit(_ customers: [CustomerSummary], penalty: Double = 0) throws(StatsError) -> FitResult<GammaGammaModel> {
        let rows = customers.filter { $0.x > 0 && $0.meanSpend != nil }
        return try fit(
            frequencies: rows.map(\.x), meanSpends: rows.map { $0.meanSpend! }, weights: rows.map(\.weight),
            penalty: penalty
        )
    }

    /// Method-of-moments starting values from the regression E[(m̄ − μ)² | x] = A + B/x.
    ///
    /// Under the model μ = pγ/(q−1), A = μ²/(q−2) and B = pγ²/((q−1)(q−2)), hence
    /// q = 2 + μ²/A, p = (q−1)A/B, γ = μ(q−1)/p. Falls back to p = 1, q = 3, γ = 2μ when the
    /// regression gives a non-positive A or B (q is clamped to [2.05, 100]).
    public static func momentEstimate(frequencies: [Double], meanSpends: [Double], weights: [Double]? = nil) throws(StatsError) -> GammaGammaModel {
        momentEstimate(try SpendData(frequencies, meanSpends, weights))
    }

    static func momentEstimate(_ data: SpendData) -> GammaGammaModel {
        let mu = data.mean
        // Weighted least squares of y = (m̄ − μ)² on u = 1/x.
        var sw = 0.0, su = 0.0, sy = 0.0, suu = 0.0, suy = 0.0
        for i in 0..<data.count {
            let w = data.weight[i], u = 1 / data.distinctX[data.xIndex[i]]
            let d = data.meanSpend[i] - mu, y = d * d
            sw += w; su += w * u; sy += w * y; suu += w * u * u; suy += w * u * y
        }
        let det = sw * suu - su * su
        let slope = det > 0 ? (sw * suy - su * sy) / det : 0
        let intercept = det > 0 ? (sy - slope * su) / sw : 0
        guard intercept > 0, slope > 0, mu > 0 else { return GammaGammaModel(p: 1, q: 3, gamma: 2 * mu) }
        let q = min(max(2 + mu * mu / intercept, 2.05), 100)
        let p = (q - 1) * intercept / slope
        return GammaGammaModel(p: p, q: q, gamma: mu * (q - 1) / p)
    }

    private static func ridgeProblem(_ v: [Double], mean: Double) -> StatsError? {
        let (p, q, gamma) = (v[0], v[1], v[2])
        if p > ridgeBound || q > ridgeBound || gamma < 1e-9 * mean {
            return .degenerateRidge(
                model: "Gamma-Gamma",
                detail: "p = \(p), q = \(q), gamma = \(gamma); transaction values vary too little within or between customers to identify the parameters"
            )
        }
        if q <= 1 {
            return .degenerateRidge(model: "Gamma-Gamma", detail: "q = \(q) ≤ 1, so the population mean spend pγ/(q−1) is infinite")
        }
        return nil
    }
}
