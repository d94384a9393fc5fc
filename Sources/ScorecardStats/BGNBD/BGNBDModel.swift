/// The beta-geometric/NBD model of repeat buying (Fader, Hardie & Lee 2005).
///
/// While alive, a customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α);
/// after every purchase they drop out with probability p ~ Beta(a, b). Times are in the unit of
/// the data the model was fitted on (see ``CustomerSummary``).
///
/// ```swift
/// let model = BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)   // CDNOW, weeks
/// model.probabilityOfPurchases(n: 0, t: 39)                             // 0.5737864
/// model.conditionalExpectedPurchases(t: 39, x: 2, tx: 30.43, T: 38.86)  // ≈ 1.226
/// let fit = try BGNBDModel.fit(CustomerSummary.grouped(customers))
/// ```
public struct BGNBDModel: Hashable, Sendable {
    /// Shape of the gamma distribution of purchase rates.
    public var r: Double
    /// Rate (inverse scale) of the gamma distribution of purchase rates, in 1/time unit.
    public var alpha: Double
    /// First shape of the beta distribution of dropout probabilities.
    public var a: Double
    /// Second shape of the beta distribution of dropout probabilities.
    public var b: Double

    /// Creates a model; all four parameters must be positive.
    public init(r: Double, alpha: Double, a: Double, b: Double) {
        precondition(r > 0 && alpha > 0 && a > 0 && b > 0, "BG/NBD parameters must be positive")
        self.r = r
        self.alpha = alpha
        self.a = a
        self.b = b
    }

    /// The parameters in the order r, alpha, a, b.
    var parameters: [Double] { [r, alpha, a, b] }

    init(parameters p: [Double]) {
        self.init(r: p[0], alpha: p[1], a: p[2], b: p[3])
    }
}
