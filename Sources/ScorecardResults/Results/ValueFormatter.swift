import Foundation
import ScorecardModel

/// Formats KPI values for people in the scorecard's locale: grouping, decimals, currency, percents, "n/a".
///
/// Numbers go through Foundation's locale-aware format styles (ICU data), so the same value reads
/// as each locale writes it; the sign always leads and is a typographic minus (U+2212):
///
/// ```swift
/// ValueFormatter(currency: "EUR", locale: "en_GB").format(1234567.8, unit: .money)  // "€1,234,568"
/// ValueFormatter(currency: "EUR", locale: "de_DE").format(1234567.8, unit: .money)  // "1.234.568 €"
/// ValueFormatter(currency: "EUR", locale: "fr_FR").format(0.384, unit: .percent)    // "38,4 %"
/// ValueFormatter(currency: "EUR", locale: "en_US").formatVariance(-0.012, unit: .percent) // "−1.2 pp"
/// ```
public struct ValueFormatter: Sendable {
    /// The ISO 4217 code money is shown in.
    public let currency: String
    /// The locale identifier, e.g. `en_GB`.
    public let localeIdentifier: String
    let locale: Locale

    /// A formatter for a currency and a locale identifier such as `de_DE`.
    public init(currency: String, locale: String = "en_GB") {
        self.currency = currency
        self.localeIdentifier = locale
        self.locale = Locale(identifier: locale)
    }

    /// The value in its unit, or "n/a".
    public func format(_ value: Double?, unit: ScorecardModel.Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return signed(value, plus: false, unit: unit)
    }

    /// A signed variance: "+" only on variances; percents of a percent KPI are shown in points.
    public func formatVariance(_ value: Double?, unit: ScorecardModel.Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        if unit == .percent {
            return sign(value * 100, decimals: 1, plus: true) + number(abs(value) * 100, decimals: 1) + " pp"
        }
        return signed(value, plus: true, unit: unit)
    }

    /// A relative variance such as "+4.2%" (en) or "+4,2 %" (de).
    public func formatRelative(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return sign(value, decimals: 3, plus: true) + percent(abs(value), decimals: 1)
    }

    /// The number of decimals a unit shows for `value`.
    public static func decimals(_ value: Double, unit: ScorecardModel.Unit) -> Int {
        switch unit {
        case .money: abs(value) >= 1000 ? 0 : 2
        case .count: value == value.rounded() ? 0 : 1
        case .percent, .points, .hours, .days: 1
        case .ratio, .number: 2
        }
    }

    /// The currency's symbol as the locale writes it, e.g. "€", "£", "US$", "CHF".
    public var currencySymbol: String {
        let affixes = currencyAffixes
        return (affixes.prefix + affixes.suffix).trimmingCharacters(in: .whitespaces)
    }

    /// What the locale writes before and after a money amount, e.g. ("€", "") or ("", " €").
    public var currencyAffixes: (prefix: String, suffix: String) {
        let zero = currencyStyle(decimals: 0).format(0)
        guard let digit = zero.firstIndex(of: "0") else { return (zero, "") }
        return (String(zero[..<digit]), String(zero[zero.index(after: digit)...]))
    }

    /// `value` in `unit` with a leading "−" (and "+" when `plus`) unless it rounds to zero.
    private func signed(_ value: Double, plus: Bool, unit: ScorecardModel.Unit) -> String {
        let decimals = Self.decimals(value, unit: unit)
        let scaled = unit == .percent ? value * 100 : value
        let magnitude = abs(value)
        let text: String
        switch unit {
        case .money: text = currencyStyle(decimals: decimals).format(magnitude)
        case .percent: text = percent(magnitude, decimals: decimals)
        case .hours: text = number(magnitude, decimals: decimals) + " h"
        case .days: text = number(magnitude, decimals: decimals) + " d"
        case .count, .ratio, .number, .points: text = number(magnitude, decimals: decimals)
        }
        return sign(scaled, decimals: decimals, plus: plus) + text
    }

    /// "−" for values that stay negative at `decimals` decimals, "+" for positive ones when `plus`.
    func sign(_ value: Double, decimals: Int, plus: Bool) -> String {
        let unit = pow(10, Double(decimals))
        let rounded = (abs(value) * unit).rounded(.toNearestOrAwayFromZero)
        guard rounded > 0 else { return "" }
        return value < 0 ? "−" : (plus ? "+" : "")
    }

    /// A non-negative number with the locale's grouping and exactly `decimals` decimals.
    public func number(_ value: Double, decimals: Int) -> String {
        FloatingPointFormatStyle<Double>(locale: locale).precision(.fractionLength(decimals))
            .rounded(rule: .toNearestOrAwayFromZero).format(value)
    }

    /// A non-negative number with at most `maxDecimals` decimals, trailing zeros dropped.
    public func trimmed(_ value: Double, maxDecimals: Int) -> String {
        FloatingPointFormatStyle<Double>(locale: locale).precision(.fractionLength(0...maxDecimals))
            .rounded(rule: .toNearestOrAwayFromZero).format(value)
    }

    /// A fraction as a percent, e.g. 0.384 → "38.4%" (en) or "38,4 %" (de, fr); `trimmed` drops trailing zeros.
    public func percent(_ fraction: Double, decimals: Int, trimmed: Bool = false) -> String {
        FloatingPointFormatStyle<Double>.Percent(locale: locale).precision(
            .fractionLength((trimmed ? 0 : decimals)...decimals)
        )
        .rounded(rule: .toNearestOrAwayFromZero).format(fraction)
    }

    private func currencyStyle(decimals: Int) -> FloatingPointFormatStyle<Double>.Currency {
        FloatingPointFormatStyle<Double>.Currency(code: currency, locale: locale).precision(.fractionLength(decimals))
            .rounded(rule: .toNearestOrAwayFromZero)
    }
}
