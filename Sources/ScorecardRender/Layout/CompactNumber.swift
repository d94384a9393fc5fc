import Foundation
import ScorecardModel
import ScorecardResults

/// Short numbers for chart axes and big figures: k/m/b scaling in the locale's digits, the unit's symbol, "n/a".
///
/// The k, m and b suffixes are kept in every locale (finance's short scale); the decimal
/// separator and where the currency goes follow the locale.
///
/// ```swift
/// CompactNumber(currency: "EUR").format(1_234_567, unit: .money)                   // "€1.2m"
/// CompactNumber(currency: "EUR", locale: "de_DE").format(1_234_567, unit: .money)  // "1,2m €"
/// CompactNumber(currency: "EUR").format(0.384, unit: .percent)                     // "38%"
/// CompactNumber(currency: "EUR", locale: "fr_FR").format(-2500, unit: .count)      // "−2,5k"
/// ```
public struct CompactNumber: Sendable {
    /// The full formatter, whose locale and currency the short forms follow.
    public let formatter: ValueFormatter
    private let money: (prefix: String, suffix: String)

    /// A formatter for a currency and a locale identifier such as `de_DE`.
    public init(currency: String, locale: String = "en_GB") {
        formatter = ValueFormatter(currency: currency, locale: locale)
        money = formatter.currencyAffixes
    }

    /// The value scaled to k, m or b with at most three significant figures.
    public func format(_ value: Double?, unit: ScorecardModel.Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        switch unit {
        case .percent:
            return sign(value) + formatter.percent(abs(value), decimals: abs(value) < 0.1 ? 1 : 0, trimmed: true)
        case .money: return sign(value) + money.prefix + scaled(abs(value)) + money.suffix
        case .hours: return sign(value) + scaled(abs(value)) + " h"
        case .days: return sign(value) + scaled(abs(value)) + " d"
        case .count, .ratio, .points, .number: return sign(value) + scaled(abs(value))
        }
    }

    private func sign(_ value: Double) -> String { value < 0 && value.magnitude >= 0.0005 ? "−" : "" }

    /// A non-negative number with k, m or b and up to three significant figures.
    func scaled(_ value: Double) -> String {
        let steps: [(Double, String)] = [(1e9, "b"), (1e6, "m"), (1e3, "k")]
        for (size, suffix) in steps where value >= size * 0.9995 {
            let scaled = value / size
            return formatter.trimmed(scaled, maxDecimals: scaled < 10 ? 1 : 0) + suffix
        }
        return formatter.trimmed(value, maxDecimals: value < 10 ? (value < 1 ? 2 : 1) : 0)
    }
}
