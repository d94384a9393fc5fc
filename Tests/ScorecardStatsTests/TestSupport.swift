@testable import ScorecardStats

/// |a − b| ≤ tolerance · max(1, |b|).
func isClose(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// The largest relative difference between two parameter vectors.
func maxRelativeError(_ estimate: [Double], _ truth: [Double]) -> Double {
    zip(estimate, truth).map { abs($0 - $1) / abs($1) }.max() ?? 0
}

/// Simpson's rule on [a, b] with `intervals` (even) sub-intervals.
func simpson(_ f: (Double) -> Double, from a: Double, to b: Double, intervals: Int = 20_000) -> Double {
    let h = (b - a) / Double(intervals)
    var sum = f(a) + f(b)
    for i in 1..<intervals {
        sum += (i % 2 == 1 ? 4 : 2) * f(a + Double(i) * h)
    }
    return sum * h / 3
}
