import Foundation

/// P(X(t) = x) for the Pareto/NBD model, by conditioning on the customer's lifetime.
extension ParetoNBDModel {
    /// The probability of exactly `n` purchases in `(0, t]` for a newly acquired customer.
    ///
    /// With λ ~ Gamma(r, α) the count over an active time τ is NBD(n; τ); the lifetime is
    /// exponential with rate μ ~ Gamma(s, β). So
    /// P(X(t) = n) = (β/(β+t))ˢ · NBD(n; t) + ∫₀ᵗ (s/β) (β/(β+τ))^(s+1) · NBD(n; τ) dτ,
    /// where NBD(n; τ) = Γ(r+n)/(Γ(r) n!) (α/(α+τ))ʳ (τ/(α+τ))ⁿ. The first term is the customer
    /// still alive at t, the integral the customer dying at τ. The integral is computed by adaptive
    /// Simpson quadrature to a relative accuracy of about 1e-10 (the integrand is smooth on [0, t]).
    ///
    /// ```swift
    /// let model = ParetoNBDModel(r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562)
    /// model.probabilityOfPurchases(n: 0, t: 39)
    /// ```
    public func probabilityOfPurchases(n: Int, t: Double) -> Double {
        precondition(n >= 0 && t >= 0, "need n ≥ 0 and t ≥ 0")
        let alive = exp(s * log(beta / (beta + t))) * negativeBinomial(n, over: t)
        guard t > 0 else { return alive }
        let death: (Double) -> Double = { tau in
            (self.s / self.beta) * exp((self.s + 1) * log(self.beta / (self.beta + tau)))
                * self.negativeBinomial(n, over: tau)
        }
        return alive + Quadrature.adaptiveSimpson(death, from: 0, to: t, tolerance: 1e-12)
    }

    /// NBD(n; τ): the probability of n purchases in an active time τ, λ integrated out.
    func negativeBinomial(_ n: Int, over tau: Double) -> Double {
        let nd = Double(n)
        guard tau > 0 else { return n == 0 ? 1 : 0 }
        let logValue =
            SpecialFunctions.logGamma(r + nd) - SpecialFunctions.logGamma(r) - SpecialFunctions.logGamma(nd + 1)
            + r * log(alpha / (alpha + tau)) + nd * log(tau / (alpha + tau))
        return exp(logValue)
    }
}
