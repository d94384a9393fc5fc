import Foundation

extension BGNBDModel {
    /// The weighted log-likelihood Σ wᵢ ln L(r, α, a, b | xᵢ, txᵢ, Tᵢ) of the customers.
    public func logLikelihood(_ customers: [CustomerSummary]) throws(StatsError) -> Double {
        Self.logLikelihoodAndGradient(parameters, try RFMData(customers)).value
    }

    /// One customer's log-likelihood (FHL 2005, eq. 6).
    ///
    /// L = B(a, b+x)/B(a, b) · Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x))
    ///   + 1{x>0} · B(a+1, b+x−1)/B(a, b) · Γ(r+x)αʳ/(Γ(r)(α+tx)^(r+x)).
    public func logLikelihood(x: Double, tx: Double, T: Double) -> Double {
        Self.logLikelihoodAndGradient(parameters, RFMRow(x: x, tx: tx, T: T)).value
    }

    /// ℓ and its analytic gradient with respect to (r, α, a, b), computed in log space.
    ///
    /// With A₁ = ln Γ(r+x) − ln Γ(r) + r ln α, A₂ = ln B(a, b+x) − ln B(a, b),
    /// A₃ = −(r+x) ln(α+T), A₄ = ln a − ln(b+x−1) − (r+x) ln(α+tx):
    /// ℓᵢ = A₁ + A₂ + ln(e^A₃ + 1{x>0} e^A₄); derivatives use ψ and the softmax weights of A₃, A₄.
    static func logLikelihoodAndGradient(_ p: [Double], _ data: RFMData) -> (value: Double, gradient: [Double]) {
        let (r, alpha, a, b) = (p[0], p[1], p[2], p[3])
        let lnAlpha = log(alpha)
        let lnA = log(a)
        let base = SpecialFunctions.logGamma(a + b) - SpecialFunctions.logGamma(b) - SpecialFunctions.logGamma(r)
        let psiAB = SpecialFunctions.digamma(a + b)
        let psiB = SpecialFunctions.digamma(b)
        let psiR = SpecialFunctions.digamma(r)
        // Terms depending on x only, once per distinct x.
        let m = data.distinctX.count
        var lgx = [Double](repeating: 0, count: m)
        var dRx = lgx
        var dAx = lgx
        var dBx = lgx
        for k in 0..<m {
            let x = data.distinctX[k]
            let psiABX = SpecialFunctions.digamma(a + b + x)
            lgx[k] =
                SpecialFunctions.logGamma(r + x) + SpecialFunctions.logGamma(b + x)
                - SpecialFunctions.logGamma(a + b + x)
            dRx[k] = SpecialFunctions.digamma(r + x) - psiR + lnAlpha
            dAx[k] = psiAB - psiABX
            dBx[k] = psiAB - psiB + SpecialFunctions.digamma(b + x) - psiABX
        }
        // Logarithms of one distinct x, T or tx each (the same values as computed per row).
        let logBX = data.distinctX.map { log(b + $0 - 1) }
        let logAlphaT = data.distinctT.map { log(alpha + $0) }
        let logAlphaTx = data.distinctTx.map { log(alpha + $0) }
        var ll = 0.0
        var gr = 0.0
        var gAlpha = 0.0
        var ga = 0.0
        var gb = 0.0
        for i in 0..<data.count {
            let x = data.x[i]
            let w = data.weight[i]
            let k = Int(data.xIndex[i])
            let rx = r + x
            let lnAT = logAlphaT[Int(data.TIndex[i])]
            let a3 = -rx * lnAT
            var li = lgx[k] + base + r * lnAlpha
            var dr = dRx[k]
            var dAlpha = r / alpha
            var da = dAx[k]
            var db = dBx[k]
            if x > 0 {
                let lnAtx = logAlphaTx[Int(data.txIndex[i])]
                let a4 = lnA - logBX[k] - rx * lnAtx
                li += SpecialFunctions.logAddExp(a3, a4)
                let w4 = SpecialFunctions.logistic(a4 - a3)
                let w3 = 1 - w4
                dr -= w3 * lnAT + w4 * lnAtx
                dAlpha -= rx * (w3 / (alpha + data.T[i]) + w4 / (alpha + data.tx[i]))
                da += w4 / a
                db -= w4 / (b + x - 1)
            } else {
                li += a3
                dr -= lnAT
                dAlpha -= rx / (alpha + data.T[i])
            }
            ll += w * li
            gr += w * dr
            gAlpha += w * dAlpha
            ga += w * da
            gb += w * db
        }
        return (ll, [gr, gAlpha, ga, gb])
    }
}

/// A single unweighted row as ``RFMData`` (no validation: used for one customer's figures).
func RFMRow(x: Double, tx: Double, T: Double) -> RFMData {
    RFMData(unchecked: [(x, tx, T, 1)])
}
