import Foundation

/// A linear scale from data values to page coordinates, always including zero (zero-based charts).
///
/// ```swift
/// let scale = Scale(values: [120, 340], from: 0, to: 100)
/// scale.domain        // 0...400 (nice bounds)
/// scale.position(200) // 50
/// ```
public struct Scale: Sendable, Equatable {
    /// The data values covered, from a nice lower bound (zero or below) to a nice upper bound.
    public let domain: ClosedRange<Double>
    /// The page coordinates of the domain's lower and upper bound (`start` may exceed `end`, for y axes).
    public let start: Double
    /// The page coordinate of the domain's upper bound.
    public let end: Double

    /// A scale covering `values` and zero, with nice rounded bounds, mapped onto `start`…`end`.
    public init(values: [Double?], from start: Double, to end: Double) {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        var low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 0)
        if low == high { high = low + 1 }
        let step = Self.niceStep((high - low) / 4)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        domain = low...high
        self.start = start
        self.end = end
    }

    /// The page coordinate of a value.
    public func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let clamped = min(max(value, domain.lowerBound), domain.upperBound)
        return start + (clamped - domain.lowerBound) / span * (end - start)
    }

    /// Round tick values between the bounds (about four).
    public var ticks: [Double] {
        let step = Self.niceStep((domain.upperBound - domain.lowerBound) / 4)
        var ticks: [Double] = []
        var value = domain.lowerBound
        while value <= domain.upperBound + step * 1e-9 && ticks.count < 12 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, floor(log10(raw)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }
}
