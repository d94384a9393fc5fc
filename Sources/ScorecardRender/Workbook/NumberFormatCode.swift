import ScorecardModel
import ScorecardResults

/// Excel number format codes for a KPI unit, with the currency placed as the scorecard's locale places it.
///
/// Excel shows the grouping and decimal separators of the reader's own settings, so the codes use
/// the neutral `#,##0.00`; the currency symbol and its side come from the locale:
///
/// ```swift
/// let en = NumberFormatCode(formatter: ValueFormatter(currency: "EUR", locale: "en_GB"))
/// en.code(.money, decimals: 0)                     // "\"€\"#,##0"
/// NumberFormatCode(formatter: ValueFormatter(currency: "EUR", locale: "de_DE")).code(.money, decimals: 2)  // "#,##0.00\" €\""
/// en.code(.percent, decimals: 1, signed: true)     // "+0.0%;-0.0%;0.0%"
/// ```
struct NumberFormatCode {
    let prefix: String
    let suffix: String

    init(formatter: ValueFormatter) {
        (prefix, suffix) = formatter.currencyAffixes
    }

    /// The code for a value of `unit` with `decimals` decimals; `signed` adds "+" to positive values (variances).
    func code(_ unit: ScorecardModel.Unit, decimals: Int, signed: Bool = false) -> String {
        let digits = decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0"
        let body: String
        switch unit {
        case .money: body = Self.quoted(prefix) + "#,##" + digits + Self.quoted(suffix)
        case .percent: body = digits + "%"
        case .hours: body = "#,##" + digits + "\" h\""
        case .days: body = "#,##" + digits + "\" d\""
        case .count, .ratio, .number, .points: body = "#,##" + digits
        }
        return signed ? "+\(body);-\(body);\(body)" : body
    }

    /// The relative variance: a signed percent with one decimal.
    static let relative = "+0.0%;-0.0%;0.0%"

    private static func quoted(_ text: String) -> String {
        text.isEmpty ? "" : "\"" + text.replacingOccurrences(of: "\"", with: "") + "\""
    }
}
