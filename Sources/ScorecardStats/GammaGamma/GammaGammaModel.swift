/// The Gamma-Gamma model of average transaction value.
///
/// Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo & Jiang 1999.
///
/// A customer's transaction values are Gamma(shape p, rate ν) with ν ~ Gamma(shape q, rate γ)
/// across customers, independent of the purchase process. Only repeat buyers (x > 0) with their
/// mean repeat-purchase value m̄ enter the fit.
///
/// ```swift
/// let model = GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44)          // CDNOW
/// model.conditionalExpectedAverageSpend(x: 2, meanSpend: 35)           // shrunk towards 35.2
/// let fit = try GammaGammaModel.fit(frequencies: xs, meanSpends: spends)
/// ```
public struct GammaGammaModel: Hashable, Sendable {
    /// Shape of each customer's transaction-value distribution.
    public var p: Double
    /// Shape of the gamma distribution of the customers' rate parameters ν.
    public var q: Double
    /// Rate of the gamma distribution of the customers' rate parameters ν (in money units).
    public var gamma: Double

    /// Creates a model; all three parameters must be positive.
    public init(p: Double, q: Double, gamma: Double) {
        precondition(p > 0 && q > 0 && gamma > 0, "Gamma-Gamma parameters must be positive")
        self.p = p
        self.q = q
        self.gamma = gamma
    }

    /// The population mean transaction value pγ/(q−1); infinite when q ≤ 1.
    public var expectedAverageSpend: Double {
        q > 1 ? p * gamma / (q - 1) : .infinity
    }

    /// E[M | x, m̄]: a customer's expected transaction value given their repeat purchases.
    ///
    /// (γ + m̄x)p/(px + q − 1), a weighted average of the population mean and the customer's own
    /// mean m̄ (FHL 2005 "RFM and CLV", eq. 4). For x = 0 it is the population mean.
    public func conditionalExpectedAverageSpend(x: Double, meanSpend: Double) -> Double {
        guard x > 0 else { return expectedAverageSpend }
        return (gamma + meanSpend * x) * p / (p * x + q - 1)
    }

    var parameters: [Double] { [p, q, gamma] }

    init(parameters v: [Double]) {
        self.init(p: v[0], q: v[1], gamma: v[2])
    }
}
