/// The Pareto/NBD model of repeat buying (Schmittlein, Morrison & Colombo 1987).
///
/// While alive, a customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α); their
/// unobserved lifetime is exponential with rate μ ~ Gamma(shape s, rate β). Times are in the
/// unit of the data the model was fitted on (see ``CustomerSummary``).
///
/// ```swift
/// let model = ParetoNBDModel(r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562)  // CDNOW, weeks
/// model.probabilityAlive(x: 26, tx: 30.86, T: 31)                                  // ≈ 0.9979
/// let fit = try ParetoNBDModel.fit(CustomerSummary.grouped(customers))
/// ```
public struct ParetoNBDModel: Hashable, Sendable {
    /// Shape of the gamma distribution of purchase rates.
    public var r: Double
    /// Rate of the gamma distribution of purchase rates, in 1/time unit.
    public var alpha: Double
    /// Shape of the gamma distribution of dropout rates.
    public var s: Double
    /// Rate of the gamma distribution of dropout rates, in 1/time unit.
    public var beta: Double

    /// Creates a model; all four parameters must be positive.
    public init(r: Double, alpha: Double, s: Double, beta: Double) {
        precondition(r > 0 && alpha > 0 && s > 0 && beta > 0, "Pareto/NBD parameters must be positive")
        self.r = r
        self.alpha = alpha
        self.s = s
        self.beta = beta
    }

    /// The parameters in the order r, alpha, s, beta.
    var parameters: [Double] { [r, alpha, s, beta] }

    init(parameters p: [Double]) {
        self.init(r: p[0], alpha: p[1], s: p[2], beta: p[3])
    }
}
