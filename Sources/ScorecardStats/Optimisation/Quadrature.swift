/// Numerical integration of smooth functions.
public enum Quadrature {
    /// ∫ f over [a, b] by adaptive Simpson's rule.
    ///
    /// Refines until the local error estimate is below `tolerance` (absolute) or the recursion
    /// reaches 50 levels.
    ///
    /// ```swift
    /// Quadrature.adaptiveSimpson({ $0 * $0 }, from: 0, to: 3, tolerance: 1e-12) // 9
    /// ```
    public static func adaptiveSimpson(_ f: (Double) -> Double, from a: Double, to b: Double, tolerance: Double)
        -> Double
    {
        let fa = f(a)
        let fb = f(b)
        let m = (a + b) / 2
        let fm = f(m)
        let whole = (b - a) / 6 * (fa + 4 * fm + fb)
        return refine(f, a, b, fa, fm, fb, whole, tolerance, depth: 50)
    }

    private static func refine(
        _ f: (Double) -> Double, _ a: Double, _ b: Double, _ fa: Double, _ fm: Double, _ fb: Double,
        _ whole: Double, _ tolerance: Double, depth: Int
    ) -> Double {
        let m = (a + b) / 2
        let lm = (a + m) / 2
        let rm = (m + b) / 2
        let flm = f(lm)
        let frm = f(rm)
        let left = (m - a) / 6 * (fa + 4 * flm + fm)
        let right = (b - m) / 6 * (fm + 4 * frm + fb)
        let error = left + right - whole
        if depth <= 0 || abs(error) <= 15 * tolerance { return left + right + error / 15 }
        return refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth: depth - 1)
            + refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth: depth - 1)
    }
}
