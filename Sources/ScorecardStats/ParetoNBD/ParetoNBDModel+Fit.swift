extension ParetoNBDModel {
    /// Fits the model by maximum likelihood (BFGS on log-parameters, finite-difference gradients).
    ///
    /// `customers` may be grouped patterns with weights. `penalty` adds λ(r² + α² + s² + β²) to
    /// the mean negative log-likelihood. Starts from r = 1, α = r / (observed purchase rate),
    /// s = 1, β = mean T.
    ///
    /// - Throws: ``StatsError/noRepeatBuyers``, ``StatsError/invalidInput(_:)``,
    ///   ``StatsError/fitDidNotConverge(model:iterations:gradientNorm:)``.
    public static func fit(_ customers: some Collection<CustomerSummary>, penalty: Double = 0) throws(StatsError)
        -> FitResult<
            ParetoNBDModel
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
        let start = [1, exposure / purchases, 1, exposure / data.totalWeight]
        // Finite-difference gradients are accurate to ~1e-9, so ask for a little less than BFGS's default.
        let outcome = try LogParameterFit.run(
            model: "Pareto/NBD", start: start, totalWeight: data.totalWeight, penalty: penalty,
            optimizer: BFGS(gradientTolerance: 1e-5)
        ) { p in logLikelihoodAndGradient(p, data) }
        return FitResult(
            model: ParetoNBDModel(parameters: outcome.parameters), logLikelihood: outcome.logLikelihood,
            customers: data.totalWeight, iterations: outcome.iterations, gradientNorm: outcome.gradientNorm
        )
    }
}
