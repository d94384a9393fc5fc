/// Minimises a smooth function of a few variables by BFGS with a strong-Wolfe line search.
///
/// Dense inverse-Hessian updates (Nocedal & Wright, *Numerical Optimization*, 2nd ed., §6.1),
/// scaled after the first step by yᵀs/yᵀy; the update is skipped when the curvature condition
/// fails, and the approximation is reset to the identity when a search direction goes uphill or
/// the line search fails. Meant for the 3–4 log-parameters of the CLV models.
///
/// ```swift
/// let result = BFGS().minimize(start: [1, 1]) { x in
///     let f = (x[0] - 2) * (x[0] - 2) + 10 * (x[1] + 1) * (x[1] + 1)
///     return (f, [2 * (x[0] - 2), 20 * (x[1] + 1)])
/// }
/// // result.point ≈ [2, -1], result.converged == true
/// ```
public struct BFGS: Sendable {
    /// Converged when the largest absolute gradient component falls below this.
    public var gradientTolerance: Double
    /// Stops unconverged after this many iterations.
    public var maxIterations: Int
    /// The largest step (in the objective's coordinates) a single line search may take.
    public var maxStepNorm: Double

    /// An optimiser with its convergence tolerance, iteration limit and step limit.
    public init(gradientTolerance: Double = 1e-6, maxIterations: Int = 300, maxStepNorm: Double = 5) {
        self.gradientTolerance = gradientTolerance
        self.maxIterations = maxIterations
        self.maxStepNorm = maxStepNorm
    }

    /// The outcome of a minimisation.
    public struct Result: Sendable {
        /// The best point found.
        public var point: [Double]
        /// The function's value at `point`.
        public var value: Double
        /// The gradient at `point`.
        public var gradient: [Double]
        /// The iterations taken.
        public var iterations: Int
        /// The function evaluations, line searches included.
        public var evaluations: Int
        /// True when the gradient criterion was met.
        public var converged: Bool
        /// The largest absolute gradient component at `point`.
        public var gradientNorm: Double { gradient.map(abs).max() ?? 0 }
    }

    /// Runs BFGS from `start`; the objective must be finite there.
    public func minimize(start: [Double], objective: Objective) -> Result {
        let n = start.count
        var x = start
        var (f, g) = objective(x)
        var evaluations = 1
        var h = identity(n)
        var isIdentity = true
        var lineSearch = WolfeLineSearch()
        var iteration = 0
        func result(_ converged: Bool) -> Result {
            Result(
                point: x, value: f, gradient: g, iterations: iteration, evaluations: evaluations, converged: converged)
        }
        guard f.isFinite, g.allSatisfy(\.isFinite) else { return result(false) }
        while iteration < maxIterations {
            if (g.map(abs).max() ?? 0) < gradientTolerance { return result(true) }
            iteration += 1
            var p = multiply(h, g).map { -$0 }
            if dot(p, g) >= 0 {
                h = identity(n)
                isIdentity = true
                p = g.map { -$0 }
            }
            let norm = dot(p, p).squareRoot()
            lineSearch.maxStep = maxStepNorm / max(norm, 1e-300)
            let initial = isIdentity ? min(1, 1 / max(norm, 1e-300)) : 1
            guard
                let step = lineSearch.search(
                    objective, from: x, value: f, gradient: g, direction: p,
                    initialStep: initial, evaluations: &evaluations
                )
            else {
                if isIdentity { return result(false) }
                h = identity(n)
                isIdentity = true
                continue
            }
            let s = zip(step.point, x).map { $0 - $1 }
            let y = zip(step.gradient, g).map { $0 - $1 }
            let previousValue = f
            x = step.point
            f = step.value
            g = step.gradient
            let ys = dot(y, s)
            if ys > 1e-12 * dot(s, s).squareRoot() * dot(y, y).squareRoot() {
                if isIdentity { h = scaled(identity(n), ys / dot(y, y)) }
                update(&h, s: s, y: y, ys: ys)
                isIdentity = false
            }
            if abs(previousValue - f) <= 1e-15 * max(1, abs(f)), step.length * norm < 1e-12 {
                return result((g.map(abs).max() ?? 0) < 100 * gradientTolerance)
            }
        }
        return result((g.map(abs).max() ?? 0) < gradientTolerance)
    }

    /// H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ with ρ = 1/yᵀs.
    private func update(_ h: inout [[Double]], s: [Double], y: [Double], ys: Double) {
        let n = s.count
        let rho = 1 / ys
        let hy = multiply(h, y)
        let yhy = dot(y, hy)
        for i in 0..<n {
            for j in 0..<n {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]
            }
        }
    }

    private func identity(_ n: Int) -> [[Double]] {
        (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
    }

    private func scaled(_ m: [[Double]], _ c: Double) -> [[Double]] {
        m.map { $0.map { $0 * c } }
    }

    private func multiply(_ m: [[Double]], _ v: [Double]) -> [Double] {
        m.map { dot($0, v) }
    }
}
