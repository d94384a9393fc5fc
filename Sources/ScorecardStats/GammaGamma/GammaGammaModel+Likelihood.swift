import Foundation

extension GammaGammaModel {
    /// The weighted log-likelihood of the repeat buyers' mean spends.
    public func logLikelihood(frequencies: [Double], meanSpends: [Double], weights: [Double]? = nil) throws(StatsError)
        -> Double
    {
        Self.logLikelihoodAndGradient(parameters, try SpendData(frequencies, meanSpends, weights)).value
    }

    /// ln f(m̄ | p, q, γ, x) = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x
    /// − (px+q) ln(γ + m̄x), with the analytic gradient in (p, q, γ) summed over the rows.
    static func logLikelihoodAndGradient(_ v: [Double], _ data: SpendData) -> (value: Double, gradient: [Double]) {
        let (p, q, gamma) = (v[0], v[1], v[2])
        let lnGamma = log(gamma)
        let psiQ = SpecialFunctions.digamma(q)
        let lgQ = SpecialFunctions.logGamma(q)
        let m = data.distinctX.count
        var constant = [Double](repeating: 0, count: m)
        var dP = constant
        var dQ = constant
        for k in 0..<m {
            let x = data.distinctX[k]
            let px = p * x
            let psiPXQ = SpecialFunctions.digamma(px + q)
            constant[k] =
                SpecialFunctions.logGamma(px + q) - SpecialFunctions.logGamma(px) - lgQ
                + q * lnGamma + px * log(x)
            dP[k] = x * (psiPXQ - SpecialFunctions.digamma(px) + log(x))
            dQ[k] = psiPXQ - psiQ + lnGamma
        }
        var ll = 0.0
        var gp = 0.0
        var gq = 0.0
        var gg = 0.0
        for i in 0..<data.count {
            let k = data.xIndex[i]
            let x = data.distinctX[k]
            let w = data.weight[i]
            let px = p * x
            let denominator = gamma + data.meanSpend[i] * x
            let lnDen = log(denominator)
            ll += w * (constant[k] + (px - 1) * data.logMeanSpend[i] - (px + q) * lnDen)
            gp += w * (dP[k] + x * (data.logMeanSpend[i] - lnDen))
            gq += w * (dQ[k] - lnDen)
            gg += w * (q / gamma - (px + q) / denominator)
        }
        return (ll, [gp, gq, gg])
    }
}
