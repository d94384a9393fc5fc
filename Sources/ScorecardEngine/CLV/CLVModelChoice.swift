import ScorecardStats

/// The purchase model `scorecard clv` fits: BG/NBD or Pareto/NBD.
///
/// ```swift
/// let fit = try CLVModelChoice.bgnbd.fit(CustomerSummary.grouped(customers))
/// fit.parameters   // ["r": 0.24, "alpha": 4.41, "a": 0.79, "b": 2.43]
/// ```
public enum CLVModelChoice: String, CaseIterable, Sendable {
    case bgnbd
    case paretoNBD = "pareto-nbd"

    /// A fitted purchase model with its named parameters.
    public struct Fit {
        /// The fitted model, for predictions.
        public let model: any PurchaseModel
        /// The fitted parameters by name: `r`, `alpha`, `a`, `b` (BG/NBD) or `r`, `alpha`, `s`, `beta` (Pareto/NBD).
        public let parameters: [String: Double]
        /// The weighted log-likelihood at the fitted parameters, without the penalty.
        public let logLikelihood: Double
        /// The number of customers the fit used (the patterns' weights summed).
        public let customers: Double
        /// The number of iterations the optimiser took.
        public let iterations: Int
    }

    /// Fits the model on (grouped) customers.
    public func fit(_ patterns: some Collection<CustomerSummary>) throws -> Fit {
        switch self {
        case .bgnbd:
            let fit = try BGNBDModel.fit(patterns)
            let m = fit.model
            return Fit(
                model: m, parameters: ["r": m.r, "alpha": m.alpha, "a": m.a, "b": m.b],
                logLikelihood: fit.logLikelihood, customers: fit.customers, iterations: fit.iterations)
        case .paretoNBD:
            let fit = try ParetoNBDModel.fit(patterns)
            let m = fit.model
            return Fit(
                model: m, parameters: ["r": m.r, "alpha": m.alpha, "s": m.s, "beta": m.beta],
                logLikelihood: fit.logLikelihood, customers: fit.customers, iterations: fit.iterations)
        }
    }
}
