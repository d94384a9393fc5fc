import Foundation

extension ParetoNBDModel {
    /// The weighted log-likelihood Σ wᵢ ln L(r, α, s, β | xᵢ, txᵢ, Tᵢ) of the customers.
    public func logLikelihood(_ customers: [CustomerSummary]) throws(StatsError) -> Double {
        Self.logLikelihood(parameters, try RFMData(customers))
    }

    /// One customer's log-likelihood (Fader & Hardie 2005, eq. 22).
    ///
    /// From "A Note on Deriving the Pareto/NBD Model and Related Expressions":
    /// L = Γ(r+x)αʳβˢ/Γ(r) · [1/((α+T)^(r+x)(β+T)ˢ) + s/(r+s+x) · A₀], where for α ≥ β
    /// A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+tx))/(α+tx)^(r+s+x) − (same with T), and for α < β
    /// A₀ = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+tx))/(β+tx)^(r+s+x) − (same with T).
    public func logLikelihood(x: Double, tx: Double, T: Double) -> Double {
        let terms = Self.logTerms(parameters, x: x, tx: tx, T: T)
        return terms.common + SpecialFunctions.logAddExp(terms.alive, terms.dead)
    }

    /// ln of the three pieces of one customer's likelihood: the factor Γ(r+x)αʳβˢ/Γ(r), the
    /// "still alive at T" term and the "died in (tx, T]" term s/(r+s+x)·A₀.
    static func logTerms(_ p: [Double], x: Double, tx: Double, T: Double, logGammaRatio: Double? = nil)
        -> (common: Double, alive: Double, dead: Double)
    {
        let (r, alpha, s, beta) = (p[0], p[1], p[2], p[3])
        let rsx = r + s + x
        let common =
            (logGammaRatio ?? (SpecialFunctions.logGamma(r + x) - SpecialFunctions.logGamma(r)))
            + r * log(alpha) + s * log(beta)
        let alive = -(r + x) * log(alpha + T) - s * log(beta + T)
        let (top, second) = alpha >= beta ? (alpha, s + 1) : (beta, r + x)
        let gap = abs(alpha - beta)
        func piece(_ t: Double) -> Double {
            let (logF, sign) = Hypergeometric.logF21(rsx, second, rsx + 1, gap / (top + t))
            return sign > 0 ? logF - rsx * log(top + t) : .nan
        }
        let logA0 = tx < T ? SpecialFunctions.logSubExp(piece(tx), piece(T)) : -Double.infinity
        let dead = log(s) - log(rsx) + logA0
        return (common, alive, dead)
    }

    /// ℓ summed over the rows, with ln Γ(r+x) − ln Γ(r) computed once per distinct x.
    static func logLikelihood(_ p: [Double], _ data: RFMData) -> Double {
        let lgr = SpecialFunctions.logGamma(p[0])
        let ratios = data.distinctX.map { SpecialFunctions.logGamma(p[0] + $0) - lgr }
        var ll = 0.0
        for i in 0..<data.count {
            let t = logTerms(p, x: data.x[i], tx: data.tx[i], T: data.T[i], logGammaRatio: ratios[Int(data.xIndex[i])])
            ll += data.weight[i] * (t.common + SpecialFunctions.logAddExp(t.alive, t.dead))
        }
        return ll
    }

    /// ℓ and its gradient with respect to (r, α, s, β) by central differences in log-parameters
    /// (step 1e-5; the derivatives of ₂F₁ in its parameters have no cheap closed form).
    static func logLikelihoodAndGradient(_ p: [Double], _ data: RFMData) -> (value: Double, gradient: [Double]) {
        let value = logLikelihood(p, data)
        let theta = p.map { log($0) }
        let dTheta = FiniteDifference.centralGradient(
            of: { logLikelihood($0.map { exp($0) }, data) }, at: theta, step: 1e-5)
        return (value, zip(dTheta, p).map { $0 / $1 })
    }
}
