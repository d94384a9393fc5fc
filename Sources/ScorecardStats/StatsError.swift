/// Why a CLV model could not be fitted or evaluated.
///
/// ```swift
/// do { _ = try GammaGammaModel.fit(frequencies: [], meanSpends: []) }
/// catch let error as StatsError { print(error) }   // "no repeat buyers: ..."
/// ```
public enum StatsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input violates the model's assumptions (negative counts, tx > T, ...).
    case invalidInput(String)
    /// Not enough information to identify the parameters.
    case insufficientData(String)
    /// Nobody bought twice, so the repeat-purchase process cannot be estimated.
    case noRepeatBuyers
    /// The optimiser stopped before the gradient criterion was met.
    case fitDidNotConverge(model: String, iterations: Int, gradientNorm: Double)
    /// The optimum lies on a ridge where the parameters are not identified (e.g. p → ∞, γ → 0).
    case degenerateRidge(model: String, detail: String)
    /// The log-likelihood is not finite at the starting point.
    case nonFiniteLikelihood(model: String)

    /// A one-line explanation of the failure.
    public var description: String {
        switch self {
        case .invalidInput(let detail):
            "invalid input: \(detail)"
        case .insufficientData(let detail):
            "insufficient data: \(detail)"
        case .noRepeatBuyers:
            "no repeat buyers: every customer has x = 0, so purchase rates and spend cannot be estimated"
        case .fitDidNotConverge(let model, let iterations, let gradientNorm):
            "\(model) fit did not converge after \(iterations) iterations (largest gradient component \(gradientNorm))"
        case .degenerateRidge(let model, let detail):
            "\(model) fit landed on a degenerate ridge: \(detail)"
        case .nonFiniteLikelihood(let model):
            "\(model) log-likelihood is not finite at the starting values"
        }
    }
}
