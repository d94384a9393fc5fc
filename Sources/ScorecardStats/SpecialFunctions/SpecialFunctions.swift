import Foundation

/// Special functions used by the CLV models: log-gamma, digamma, log-beta and stable log-sum-exp.
///
/// ```swift
/// let lb = SpecialFunctions.logBeta(2, 3)          // ln(1/12)
/// let d = SpecialFunctions.digamma(1)              // -0.5772156649 (minus Euler's constant)
/// ```
public enum SpecialFunctions {
    /// The natural logarithm of |Γ(x)| (Foundation's `lgamma`).
    @inlinable
    public static func logGamma(_ x: Double) -> Double {
        Foundation.lgamma(x)
    }

    /// The natural logarithm of the beta function B(a, b) = Γ(a)Γ(b)/Γ(a+b), for a, b > 0.
    @inlinable
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        logGamma(a) + logGamma(b) - logGamma(a + b)
    }

    /// The digamma function ψ(x) = d/dx ln Γ(x), for x > 0 (and non-integer x < 0 via reflection).
    ///
    /// Uses the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10, then the asymptotic series
    /// (Abramowitz & Stegun 6.3.18); absolute error below 1e-13 for x > 0.
    public static func digamma(_ x: Double) -> Double {
        guard x.isFinite else { return x == .infinity ? .infinity : .nan }
        if x <= 0 {
            if x == x.rounded(.down) { return .nan }
            // Reflection: ψ(1−x) − ψ(x) = π cot(πx).
            return digamma(1 - x) - Double.pi / tan(Double.pi * x)
        }
        var value = 0.0
        var y = x
        while y < 10 {
            value -= 1 / y
            y += 1
        }
        let inv = 1 / y
        let inv2 = inv * inv
        // 1/(12y²) − 1/(120y⁴) + 1/(252y⁶) − 1/(240y⁸) + 1/(132y¹⁰)
        let series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))))
        return value + log(y) - 0.5 * inv - series
    }

    /// ln(exp(a) + exp(b)) without overflow; `-infinity` operands are neutral.
    @inlinable
    public static func logAddExp(_ a: Double, _ b: Double) -> Double {
        let m = max(a, b)
        if m == -.infinity { return -.infinity }
        if m == .infinity { return .infinity }
        return m + log1p(exp(min(a, b) - m))
    }

    /// ln(exp(a) − exp(b)) for a ≥ b; `-infinity` when they are equal.
    @inlinable
    public static func logSubExp(_ a: Double, _ b: Double) -> Double {
        if b == -.infinity { return a }
        if b >= a { return b == a ? -.infinity : .nan }
        let d = b - a
        // ln(1 − e^d): use log(-expm1(d)) near 0 and log1p(-exp(d)) far from it (Mächler 2012).
        return a + (d > -0.6931471805599453 ? log(-expm1(d)) : log1p(-exp(d)))
    }

    /// The logistic function 1/(1+exp(−x)), evaluated without overflow.
    @inlinable
    public static func logistic(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }

    /// (1 − q^k)/k for q > 0, continuous at k = 0 where it equals −ln q.
    @inlinable
    public static func oneMinusPowerOverExponent(_ q: Double, _ k: Double) -> Double {
        let l = log(q)
        if abs(k * l) < 1e-8 { return -l * (1 - 0.5 * k * l) }
        return -expm1(k * l) / k
    }
}
