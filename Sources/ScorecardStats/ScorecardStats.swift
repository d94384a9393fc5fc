/// Probabilistic customer-lifetime-value models and the numerics they need.
///
/// Pure Swift, no dependencies: special functions, an optimiser, BG/NBD, Pareto/NBD,
/// Gamma-Gamma and discounted CLV.
public enum ScorecardStats {}
