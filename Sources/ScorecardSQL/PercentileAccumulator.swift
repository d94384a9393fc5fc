import Foundation

/// Collects the values of one group for an exact percentile (`percentile_cont`, `median`).
///
/// ```swift
/// var values = PercentileAccumulator()
/// [1, 2, 3, 4].forEach { values.append($0) }
/// values.percentile(0.5)   // 2.5
/// ```
public final class PercentileAccumulator {
    /// The non-NULL values seen so far.
    public private(set) var values: [Double] = []
    /// The requested fraction, fixed by the first row.
    public var fraction: Double?

    /// The number of accumulators alive, so tests can check that every group's buffer is freed.
    public static var liveCount: Int { counter.value }
    private static let counter = LiveCounter()

    /// An empty accumulator, counted in ``liveCount`` until it is freed.
    public init() { Self.counter.add(1) }
    deinit { Self.counter.add(-1) }

    /// Adds one value.
    public func append(_ value: Double) {
        values.append(value)
    }

    /// The continuous percentile at `fraction` (0...1), or nil when no values were added.
    ///
    /// Linear interpolation between the closest ranks, like PostgreSQL's `percentile_cont`:
    /// with sorted values `v` and `h = fraction * (n - 1)`, the result is
    /// `v[floor(h)] + (h - floor(h)) * (v[ceil(h)] - v[floor(h)])`.
    public func percentile(_ fraction: Double) -> Double? {
        Self.percentile(of: values, fraction: fraction)
    }

    /// The continuous percentile of `values` (in any order) at `fraction`.
    public static func percentile(of values: [Double], fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Int(position.rounded(.up))
        let weight = position - Double(lower)
        if lower == upper || weight == 0 { return sorted[lower] }
        return sorted[lower] + weight * (sorted[upper] - sorted[lower])
    }
}

/// A thread-safe counter of live accumulators (connections may run on different threads).
private final class LiveCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func add(_ delta: Int) { lock.withLock { count += delta } }
}
