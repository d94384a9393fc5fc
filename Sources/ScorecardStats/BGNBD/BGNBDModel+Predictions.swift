import Foundation

extension BGNBDModel {
    /// P(alive | x, tx, T): the probability the customer has not dropped out (FHL 2005, eq. 11).
    ///
    /// 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)), evaluated as a logistic function of
    /// the log-odds, so x = 1000, tx = 10, T = 100 gives exactly 0 rather than NaN. Always 1 for x = 0.
    public func probabilityAlive(x: Double, tx: Double, T: Double) -> Double {
        guard x > 0 else { return 1 }
        let logOdds = log(a) - log(b + x - 1) + (r + x) * log1p((T - tx) / (alpha + tx))
        return SpecialFunctions.logistic(-logOdds)
    }

    /// E[X(t)]: expected repeat purchases in (0, t] of a new customer (FHL 2005, eq. 9).
    ///
    /// (a+b−1)/(a−1) · [1 − (α/(α+t))ʳ ₂F₁(r, b; a+b−1; t/(α+t))].
    public func expectedPurchases(t: Double) -> Double {
        expectationFactor(x: 0, T: 0, t: t)
    }

    /// E[Y(t) | x, tx, T]: expected purchases in the next t time units (FHL 2005, eq. 10).
    ///
    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive).
    public func conditionalExpectedPurchases(t: Double, x: Double, tx: Double, T: Double) -> Double {
        let alive = probabilityAlive(x: x, tx: tx, T: T)
        guard alive > 0 else { return 0 }
        return expectedPurchasesIfAlive(t: t, x: x, T: T) * alive
    }

    /// E[Y(t) | alive at T, x, T]: the conditional expectation without its P(alive) factor.
    ///
    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))].
    public func expectedPurchasesIfAlive(t: Double, x: Double, T: Double) -> Double {
        expectationFactor(x: x, T: T, t: t)
    }

    /// P(X(t) = n): the probability a new customer makes n repeat purchases in (0, t] (FHL 2005, eq. 8).
    ///
    /// The tail of the NBD count is 1 − Σ_{j<n} (partial sum), so for n far in the tail the
    /// second term loses relative (not absolute) precision.
    public func probabilityOfPurchases(n: Int, t: Double) -> Double {
        precondition(n >= 0 && t >= 0, "need n ≥ 0 and t ≥ 0")
        let nd = Double(n)
        let lnB = SpecialFunctions.logBeta(a, b)
        let lnP = log(alpha / (alpha + t))
        let lnQ = log(t / (alpha + t))
        var first =
            SpecialFunctions.logBeta(a, b + nd) - lnB
            + SpecialFunctions.logGamma(r + nd) - SpecialFunctions.logGamma(r) - SpecialFunctions.logGamma(nd + 1)
            + r * lnP
        if n > 0 { first += nd * lnQ }
        var probability = exp(first)
        if n > 0 {
            // Σ_{j=0}^{n−1} Γ(r+j)/(Γ(r) j!) (t/(α+t))ʲ (α/(α+t))ʳ: the NBD's P(count < n).
            var term = exp(r * lnP)
            var cdf = term
            let q = t / (alpha + t)
            for j in 1..<n {
                let jd = Double(j)
                term *= (r + jd - 1) / jd * q
                cdf += term
            }
            probability += exp(SpecialFunctions.logBeta(a + 1, b + nd - 1) - lnB) * max(0, 1 - cdf)
        }
        return probability
    }

    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t).
    ///
    /// The removable singularity at a = 1 is bridged by averaging a = 1 ± 1e-5 when |a − 1| < 1e-6.
    private func expectationFactor(x: Double, T: Double, t: Double) -> Double {
        guard t > 0 else { return 0 }
        if abs(a - 1) < 1e-6 {
            let below = BGNBDModel(r: r, alpha: alpha, a: 1 - 1e-5, b: b)
            let above = BGNBDModel(r: r, alpha: alpha, a: 1 + 1e-5, b: b)
            return 0.5 * (below.expectationFactor(x: x, T: T, t: t) + above.expectationFactor(x: x, T: T, t: t))
        }
        let z = t / (alpha + T + t)
        let (logH, sign) = Hypergeometric.logF21(r + x, b + x, a + b + x - 1, z)
        let logPrefactor = -(r + x) * log1p(t / (alpha + T))
        let product = sign * exp(logH + logPrefactor)
        return (a + b + x - 1) / (a - 1) * (1 - product)
    }
}
