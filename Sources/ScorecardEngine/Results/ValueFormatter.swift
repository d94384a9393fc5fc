import Foundation
import ScorecardModel

/// Formats KPI values for people: thousands separators, the currency, percents, "n/a".
///
/// ```swift
/// ValueFormatter(currency: "EUR").format(1234567.8, unit: .money)  // "€1,234,568"
/// ValueFormatter(currency: "EUR").format(0.384, unit: .percent)    // "38.4%"
/// ```
public struct ValueFormatter: Sendable {
    public let currency: String

    public init(currency: String) { self.currency = currency }

    /// The value in its unit, or "n/a".
    public func format(_ value: Double?, unit: ScorecardModel.Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        switch unit {
        case .money: return currencySymbol + grouped(value, decimals: abs(value) >= 1000 ? 0 : 2)
        case .count: return grouped(value, decimals: value == value.rounded() ? 0 : 1)
        case .percent: return grouped(value * 100, decimals: 1) + "%"
        case .ratio, .number: return grouped(value, decimals: 2)
        case .points: return grouped(value, decimals: 1)
        case .hours: return grouped(value, decimals: 1) + " h"
        case .days: return grouped(value, decimals: 1) + " d"
        }
    }

    /// A signed variance: "+" only on variances; percents of a percent KPI are shown in points.
    public func formatVariance(_ value: Double?, unit: ScorecardModel.Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let sign = value > 0 ? "+" : (value < 0 ? "−" : "")
        if unit == .percent { return sign + grouped(abs(value) * 100, decimals: 1) + " pp" }
        return sign + format(abs(value), unit: unit)
    }

    /// A relative variance such as "+4.2%".
    public func formatRelative(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let sign = value > 0 ? "+" : (value < 0 ? "−" : "")
        return sign + grouped(abs(value) * 100, decimals: 1) + "%"
    }

    /// The symbol written before money, e.g. "€" for EUR, else the code and a space.
    public var currencySymbol: String {
        switch currency {
        case "EUR": "€"
        case "GBP": "£"
        case "USD": "$"
        case "JPY": "¥"
        default: currency + " "
        }
    }

    /// A number with comma thousands separators and fixed decimals.
    func grouped(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0])
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        let integer = String(digits)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "−" : ""
        return sign + integer + (parts.count > 1 ? "." + parts[1] : "")
    }
}
