/// A smooth function to minimise: its value and gradient at a point.
///
/// A non-finite value means "outside the domain"; the line search then shortens the step.
///
/// ```swift
/// let bowl: Objective = { x in (x[0] * x[0], [2 * x[0]]) }
/// ```
public typealias Objective = (_ point: [Double]) -> (value: Double, gradient: [Double])

/// Central finite differences, for objectives without an analytic gradient.
public enum FiniteDifference {
    /// The gradient of `f` at `x` by central differences with relative step `step`.
    ///
    /// Each coordinate uses h = step·max(1, |xᵢ|); the truncation error is O(h²).
    public static func centralGradient(of f: ([Double]) -> Double, at x: [Double], step: Double = 1e-5) -> [Double] {
        var gradient = [Double](repeating: 0, count: x.count)
        var probe = x
        for i in x.indices {
            let h = step * max(1, abs(x[i]))
            probe[i] = x[i] + h
            let up = f(probe)
            probe[i] = x[i] - h
            let down = f(probe)
            probe[i] = x[i]
            gradient[i] = (up - down) / (2 * h)
        }
        return gradient
    }

    /// Wraps a value-only function into an ``Objective`` with central-difference gradients.
    public static func objective(_ f: @escaping ([Double]) -> Double, step: Double = 1e-5) -> Objective {
        { x in (f(x), centralGradient(of: f, at: x, step: step)) }
    }
}
