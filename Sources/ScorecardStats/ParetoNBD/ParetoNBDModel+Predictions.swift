import Foundation

extension ParetoNBDModel {
    /// P(alive | x, tx, T) (Fader & Hardie 2005 note, eq. 23): the "alive at T" share of the likelihood.
    ///
    /// Computed as a logistic function of log-terms, so extreme histories give 0 or 1, never NaN.
    public func probabilityAlive(x: Double, tx: Double, T: Double) -> Double {
        let terms = Self.logTerms(parameters, x: x, tx: tx, T: T)
        if terms.dead == -.infinity { return 1 }
        return SpecialFunctions.logistic(terms.alive - terms.dead)
    }

    /// E[X(t)]: expected purchases in (0, t] of a new customer, rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)].
    ///
    /// Continuous at s = 1, where it is (rβ/α) ln((β+t)/β).
    public func expectedPurchases(t: Double) -> Double {
        r / alpha * beta * SpecialFunctions.oneMinusPowerOverExponent(beta / (beta + t), s - 1)
    }

    /// E[Y(t) | x, tx, T]: expected purchases in the next t time units (Schmittlein et al. 1987).
    ///
    /// (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive).
    public func conditionalExpectedPurchases(t: Double, x: Double, tx: Double, T: Double) -> Double {
        let alive = probabilityAlive(x: x, tx: tx, T: T)
        guard alive > 0 else { return 0 }
        return expectedPurchasesIfAlive(t: t, x: x, T: T) * alive
    }

    /// E[Y(t) | alive at T, x, T]: the conditional expectation without its P(alive) factor.
    ///
    /// (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)].
    public func expectedPurchasesIfAlive(t: Double, x: Double, T: Double) -> Double {
        (r + x) / (alpha + T) * (beta + T)
            * SpecialFunctions.oneMinusPowerOverExponent((beta + T) / (beta + T + t), s - 1)
    }
}
