extension BGNBDModel {
    /// Fits the model by maximum likelihood with analytic gradients (BFGS on log-parameters).
    ///
    /// `customers` may be individuals or grouped patterns (see ``CustomerSummary/grouped(_:)``);
    /// weights count customers. `penalty` adds λ(r² + α² + a² + b²) to the mean negative
    /// log-likelihood, as `lifetimes`' `penalizer_coef` does. Starts from r = 1,
    /// α = r / (observed purchase rate), a = 1, b = 3.
    ///
    /// - Throws: ``StatsError/noRepeatBuyers`` when every x is 0, ``StatsError/invalidInput(_:)``
    ///   for impossible rows, ``StatsError/fitDidNotConverge(model:iterations:gradientNorm:)``.
    public static func fit(_ customers: some Collection<CustomerSummary>, penalty: Double = 0) throws(StatsError)
        -> FitResult<
            BGNBDModel
        >
    {
        let data = try RFMData(customers)
        var purchases = 0.0
        var exposure = 0.0
        for i in 0..<data.count {
            purchases += data.weight[i] * data.x[i]
            exposure += data.weight[i] * data.T[i]
        }
        guard purchases > 0 else { throw .noRepeatBuyers }
        let start = [1, exposure / purchases, 1, 3]
        let outcome = try LogParameterFit.run(
            model: "BG/NBD", start: start, totalWeight: data.totalWeight, penalty: penalty
        ) { p in logLikelihoodAndGradient(p, data) }
        return FitResult(
            model: BGNBDModel(parameters: outcome.parameters), logLikelihood: outcome.logLikelihood,
            customers: data.totalWeight, iterations: outcome.iterations, gradientNorm: outcome.gradientNorm
        )
    }
}
