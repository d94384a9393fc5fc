import Foundation
import ScorecardEngine
import ScorecardModel

/// Short numbers for chart axes and big figures: k/m/b scaling, the unit's symbol, "n/a".
///
/// ```swift
/// let compact = CompactNumber(currency: "EUR")
/// compact.format(1_234_567, unit: .money)   // "€1.2m"
/// compact.format(0.384, unit: .percent)     // "38%"
/// compact.format(-2500, unit: .count)       // "−2.5k"
/// ```
public struct CompactNumber: Sendable {
    public let formatter: ValueFormatter

    public init(currency: String) { formatter = ValueFormatter(currency: currency) }

    /// The value scaled to k, m or b with at most three significant figures.
    public func format(_ value: Double?, unit: ScorecardModel.Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        switch unit {
        case .percent: return sign(value) + Self.trimmed(abs(value) * 100, maxDecimals: abs(value) < 0.1 ? 1 : 0) + "%"
        case .money: return sign(value) + formatter.currencySymbol + Self.scaled(abs(value))
        case .hours: return sign(value) + Self.scaled(abs(value)) + " h"
        case .days: return sign(value) + Self.scaled(abs(value)) + " d"
        case .count, .ratio, .points, .number: return sign(value) + Self.scaled(abs(value))
        }
    }

    private func sign(_ value: Double) -> String { value < 0 && value.magnitude >= 0.0005 ? "−" : "" }

    /// A non-negative number with k, m or b and up to three significant figures.
    static func scaled(_ value: Double) -> String {
        let steps: [(Double, String)] = [(1e9, "b"), (1e6, "m"), (1e3, "k")]
        for (size, suffix) in steps where value >= size * 0.9995 {
            let scaled = value / size
            return trimmed(scaled, maxDecimals: scaled < 10 ? 1 : 0) + suffix
        }
        return trimmed(value, maxDecimals: value < 10 ? (value < 1 ? 2 : 1) : 0)
    }

    /// A number with at most `maxDecimals` decimals and no trailing zeros.
    static func trimmed(_ value: Double, maxDecimals: Int) -> String {
        var text = String(format: "%.\(maxDecimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
