/// A line search returning a step that satisfies the strong Wolfe conditions.
///
/// Bracketing followed by "zoom" with safeguarded quadratic interpolation (Nocedal & Wright,
/// *Numerical Optimization*, 2nd ed., Algorithms 3.5 and 3.6). Non-finite objective values are
/// treated as failing the sufficient-decrease test, so the step shrinks back into the domain.
struct WolfeLineSearch {
    /// Sufficient-decrease (Armijo) constant.
    var c1 = 1e-4
    /// Curvature constant (0.9 is the usual choice for quasi-Newton methods).
    var c2 = 0.9
    /// The largest step length tried.
    var maxStep = 1e3
    var maxEvaluations = 40

    /// One trial point on the search line.
    struct Step {
        var length: Double
        var point: [Double]
        var value: Double
        var gradient: [Double]
        /// The derivative of the objective along the search direction at this point.
        var slope: Double
        /// False when only sufficient decrease holds (the caller may skip the BFGS update).
        var satisfiesCurvature = false
    }

    /// Searches along `direction` from `point`; nil when no decrease could be found.
    func search(
        _ objective: Objective, from point: [Double], value f0: Double, gradient g0: [Double],
        direction: [Double], initialStep: Double, evaluations: inout Int
    ) -> Step? {
        let slope0 = dot(g0, direction)
        guard slope0 < 0 else { return nil }
        var count = 0
        defer { evaluations += count }
        func evaluate(_ alpha: Double) -> Step {
            count += 1
            let x = zip(point, direction).map { $0 + alpha * $1 }
            let (f, g) = objective(x)
            let slope = f.isFinite ? dot(g, direction) : .nan
            return Step(length: alpha, point: x, value: f, gradient: g, slope: slope)
        }
        func armijoFails(_ s: Step) -> Bool {
            !s.value.isFinite || !s.slope.isFinite || s.value > f0 + c1 * s.length * slope0
        }
        var previous = Step(length: 0, point: point, value: f0, gradient: g0, slope: slope0)
        var alpha = min(initialStep, maxStep)
        for iteration in 0..<maxEvaluations {
            var current = evaluate(alpha)
            if armijoFails(current) || (iteration > 0 && current.value >= previous.value) {
                return zoom(low: previous, high: current, f0: f0, slope0: slope0, evaluate, armijoFails)
            }
            if abs(current.slope) <= -c2 * slope0 {
                current.satisfiesCurvature = true
                return current
            }
            if current.slope >= 0 {
                return zoom(low: current, high: previous, f0: f0, slope0: slope0, evaluate, armijoFails)
            }
            if alpha >= maxStep { return current }
            previous = current
            alpha = min(2 * alpha, maxStep)
        }
        return previous.length > 0 ? previous : nil
    }

    private func zoom(
        low initialLow: Step, high initialHigh: Step, f0: Double, slope0: Double,
        _ evaluate: (Double) -> Step, _ armijoFails: (Step) -> Bool
    ) -> Step? {
        var low = initialLow
        var high = initialHigh
        for _ in 0..<maxEvaluations {
            if abs(high.length - low.length) < 1e-14 * max(1, abs(low.length)) { break }
            var trial = evaluate(interpolate(low: low, high: high))
            if armijoFails(trial) || trial.value >= low.value {
                high = trial
                continue
            }
            if abs(trial.slope) <= -c2 * slope0 {
                trial.satisfiesCurvature = true
                return trial
            }
            if trial.slope * (high.length - low.length) >= 0 { high = low }
            low = trial
        }
        return low.length > 0 && low.value < f0 ? low : nil
    }

    /// Minimiser of the quadratic through (low, f_low, f'_low) and (high, f_high), kept inside
    /// the middle 80% of the interval; bisection when the high end is not finite.
    private func interpolate(low: Step, high: Step) -> Double {
        let a = low.length
        let b = high.length
        let lo = min(a, b)
        let hi = max(a, b)
        let margin = 0.1 * (hi - lo)
        guard high.value.isFinite, low.value.isFinite, low.slope.isFinite else { return 0.5 * (a + b) }
        let d = b - a
        let denominator = 2 * (high.value - low.value - low.slope * d)
        guard denominator > 0 else { return 0.5 * (a + b) }
        let candidate = a - low.slope * d * d / denominator
        return min(max(candidate, lo + margin), hi - margin)
    }
}

@inline(__always)
func dot(_ u: [Double], _ v: [Double]) -> Double {
    var s = 0.0
    for i in u.indices { s += u[i] * v[i] }
    return s
}
