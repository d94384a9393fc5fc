import Foundation

/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1.
///
/// Evaluated as a power series whose running sum is rescaled, so results far beyond the range
/// of `Double` are still available as logarithms. Before summing, the argument and parameters
/// are transformed so the series converges quickly (Abramowitz & Stegun 15.3.4, 15.3.3):
/// - z < 0: Pfaff, ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)), which maps z into [0, 1).
/// - 0 < z < 1: Euler, ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z), used when it shrinks
///   the numerator parameters or, near z = 1, when it gives a series with c−a−b > 0. With the
///   large parameters of the CLV models (a = r+x, b = b+x, c ≈ a+b) this turns a series with
///   thousands of growing terms into one of a few dozen.
///
/// ```swift
/// let z = 0.999
/// let f = Hypergeometric.f21(1, 1, 2, z)          // −ln(1−z)/z ≈ 6.9146
/// let (logF, sign) = Hypergeometric.logF21(1000, 1001, 1002, 0.5)
/// ```
///
/// Domain: c not a non-positive integer and z < 1; returns NaN outside it or when the series has
/// not converged after `maxTerms` terms (only for z within about 1e-6 of 1).
public enum Hypergeometric {
    /// The most series terms summed before giving up with NaN.
    public static let maxTerms = 2_000_000

    /// ₂F₁(a, b; c; z) as a `Double` (may overflow to infinity; use ``logF21(_:_:_:_:)`` then).
    public static func f21(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
        let (logValue, sign) = logF21(a, b, c, z)
        return sign * exp(logValue)
    }

    /// ln|₂F₁(a, b; c; z)| and the sign of ₂F₁ (+1, −1, or NaN when undefined).
    public static func logF21(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> (log: Double, sign: Double) {
        guard a.isFinite, b.isFinite, c.isFinite, z.isFinite, z < 1, !isNonPositiveInteger(c) else {
            return (.nan, .nan)
        }
        if z == 0 || a == 0 || b == 0 { return (0, 1) }
        if z < 0 {
            // Pfaff: pick the form whose new numerator parameters are smaller.
            let w = z / (z - 1)
            let prefactorLog = -log1p(-z)
            if abs(a) * abs(c - b) <= abs(b) * abs(c - a) {
                let inner = logF21NonNegative(a, c - b, c, w)
                return (inner.log + a * prefactorLog, inner.sign)
            }
            let inner = logF21NonNegative(b, c - a, c, w)
            return (inner.log + b * prefactorLog, inner.sign)
        }
        return logF21NonNegative(a, b, c, z)
    }

    /// 0 ≤ z < 1: choose between the direct and the Euler-transformed series.
    private static func logF21NonNegative(_ a: Double, _ b: Double, _ c: Double, _ z: Double)
        -> (log: Double, sign: Double)
    {
        let ea = c - a
        let eb = c - b
        let directTerminates = isNonPositiveInteger(a) || isNonPositiveInteger(b)
        let eulerTerminates = isNonPositiveInteger(ea) || isNonPositiveInteger(eb)
        let useEuler: Bool
        if directTerminates {
            useEuler = false
        } else if eulerTerminates {
            useEuler = true
        } else if z > 0.5, (c - a - b > 0) != (a + b - c > 0) {
            // Near z = 1 the series with c − a − b > 0 has a finite sum at z = 1 and a tame tail.
            useEuler = a + b - c > 0
        } else {
            useEuler = abs(ea * eb) < abs(a * b)
        }
        if useEuler {
            let series = logSeries(ea, eb, c, z)
            return (series.log + (c - a - b) * log1p(-z), series.sign)
        }
        return logSeries(a, b, c, z)
    }

    /// Sums Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ for 0 ≤ z < 1, rescaling to stay in range.
    private static func logSeries(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> (log: Double, sign: Double) {
        let rescale = 1e200
        let logRescale = log(rescale)
        var term = 1.0
        var sum = 1.0
        var logScale = 0.0
        var n = 0.0
        var converged = false
        for _ in 0..<maxTerms {
            let ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z
            term *= ratio
            sum += term
            n += 1
            if term == 0 {
                converged = true
                break
            }
            if abs(sum) > rescale || abs(term) > rescale {
                term /= rescale
                sum /= rescale
                logScale += logRescale
            }
            // Beyond n > max(−a, −b, −c) both (a+n)/(n+1) and (b+n)/(c+n) are positive and monotone,
            // so z·max(·,1)·max(·,1) bounds every later ratio and the tail is geometric.
            guard n > max(-a, -b, -c, 0) else { continue }
            let bound = z * max((a + n) / (n + 1), 1) * max((b + n) / (c + n), 1)
            if bound < 1, abs(term) * bound / (1 - bound) <= 1e-17 * abs(sum) {
                converged = true
                break
            }
        }
        guard converged, sum.isFinite else { return (.nan, .nan) }
        if sum == 0 { return (-.infinity, 1) }
        return (log(abs(sum)) + logScale, sum > 0 ? 1 : -1)
    }

    private static func isNonPositiveInteger(_ x: Double) -> Bool {
        x <= 0 && x == x.rounded()
    }
}
