/// A fitted model with the figures needed to judge the fit.
///
/// ```swift
/// let fit = try BGNBDModel.fit(customers)
/// print(fit.model.r, fit.logLikelihood, fit.iterations)
/// ```
public struct FitResult<Model: Sendable>: Sendable {
    /// The maximum-(penalised-)likelihood estimate.
    public var model: Model
    /// The weighted log-likelihood Σ wᵢ ln Lᵢ at `model`, without the penalty.
    public var logLikelihood: Double
    /// Σ wᵢ, the number of customers the fit used.
    public var customers: Double
    /// The optimiser's iterations.
    public var iterations: Int
    /// The largest absolute gradient component of the objective at the optimum.
    ///
    /// The objective is the mean negative log-likelihood plus the penalty, with respect to the
    /// log-parameters.
    public var gradientNorm: Double

    /// A fit result from the optimiser's figures.
    public init(model: Model, logLikelihood: Double, customers: Double, iterations: Int, gradientNorm: Double) {
        self.model = model
        self.logLikelihood = logLikelihood
        self.customers = customers
        self.iterations = iterations
        self.gradientNorm = gradientNorm
    }
}
