import Foundation

/// Exponential, normal, gamma and beta variates drawn from a ``SplitMix64``.
///
/// ```swift
/// var rng = SplitMix64(seed: 7)
/// let lambda = RandomVariates.gamma(shape: 0.243, rate: 4.414, using: &rng)
/// let p = RandomVariates.beta(0.793, 2.426, using: &rng)
/// ```
public enum RandomVariates {
    /// Exp(rate): −ln U / rate.
    public static func exponential(rate: Double, using rng: inout SplitMix64) -> Double {
        -log(rng.nextUniform()) / rate
    }

    /// A standard normal variate (Marsaglia's polar method).
    public static func normal(using rng: inout SplitMix64) -> Double {
        while true {
            let u = 2 * rng.nextUniform() - 1
            let v = 2 * rng.nextUniform() - 1
            let s = u * u + v * v
            if s > 0, s < 1 { return u * (-2 * log(s) / s).squareRoot() }
        }
    }

    /// Gamma(shape, rate) by Marsaglia & Tsang (2000).
    ///
    /// Shapes below 1 use the boost G(shape) = G(shape + 1) · U^(1/shape).
    public static func gamma(shape: Double, rate: Double, using rng: inout SplitMix64) -> Double {
        precondition(shape > 0 && rate > 0, "gamma needs positive shape and rate")
        if shape < 1 {
            let g = gamma(shape: shape + 1, rate: rate, using: &rng)
            return g * pow(rng.nextUniform(), 1 / shape)
        }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal(using: &rng)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = rng.nextUniform()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) {
                return d * v / rate
            }
        }
    }

    /// Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b).
    public static func beta(_ a: Double, _ b: Double, using rng: inout SplitMix64) -> Double {
        let x = gamma(shape: a, rate: 1, using: &rng)
        let y = gamma(shape: b, rate: 1, using: &rng)
        return x / (x + y)
    }
}
