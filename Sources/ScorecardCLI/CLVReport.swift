import Foundation
import ScorecardEngine

/// The summary `scorecard clv` prints: fitted parameters and CLV totals, as JSON or a table.
///
/// ```json
/// {"model": "bgnbd", "customers": 2500, "parameters": {"r": 0.24, "alpha": 4.4, "a": 0.79, "b": 2.4},
///  "log_likelihood": -9582.4, "gamma_gamma": {"customers": 946, "parameters": {"p": 6.2, ...}, ...},
///  "clv": {"horizon_months": 12, "discount": 0.01, "total": 123456.7, "mean": 49.4}}
/// ```
struct CLVReport: Encodable {
    struct SpendFit: Encodable {
        let customers: Int
        let excluded: Int
        let parameters: [String: Double]
        let logLikelihood: Double

        enum CodingKeys: String, CodingKey {
            case customers, excluded, parameters
            case logLikelihood = "log_likelihood"
        }
    }

    struct Value: Encodable {
        let horizonMonths: Int
        let discount: Double
        let total: Double
        let mean: Double

        enum CodingKeys: String, CodingKey {
            case horizonMonths = "horizon_months"
            case discount, total, mean
        }
    }

    let model: String
    let unit: String
    let calibrationEnd: String
    let customers: Int
    let repeatCustomers: Int
    /// Customers first seen on the calibration end (T = 0), predicted but not fitted.
    let excludedFromFit: Int
    let patterns: Int
    let parameters: [String: Double]
    let logLikelihood: Double
    let gammaGamma: SpendFit
    let clv: Value

    enum CodingKeys: String, CodingKey {
        case model, unit, customers, patterns, parameters, clv
        case calibrationEnd = "calibration_end"
        case repeatCustomers = "repeat_customers"
        case excludedFromFit = "excluded_from_fit"
        case logLikelihood = "log_likelihood"
        case gammaGamma = "gamma_gamma"
    }

    init(
        analysis: CLVAnalysis, customers: [CustomerRFM], model: CLVModelChoice, unit: RFMTimeUnit,
        calibrationEnd: String, horizonMonths: Int, discount: Double
    ) {
        let spend = analysis.spend
        self.model = model.rawValue
        self.unit = unit.rawValue
        self.calibrationEnd = calibrationEnd
        self.customers = customers.count
        self.repeatCustomers = customers.filter { $0.summary.x > 0 }.count
        self.excludedFromFit = analysis.excludedFromFit
        self.patterns = analysis.patterns
        self.parameters = analysis.purchases.parameters
        self.logLikelihood = analysis.purchases.logLikelihood
        self.gammaGamma = SpendFit(
            customers: Int(spend.customers.rounded()), excluded: analysis.excludedFromSpend,
            parameters: ["p": spend.model.p, "q": spend.model.q, "gamma": spend.model.gamma],
            logLikelihood: spend.logLikelihood)
        self.clv = Value(
            horizonMonths: horizonMonths, discount: discount, total: analysis.totalCLV,
            mean: customers.isEmpty ? 0 : analysis.totalCLV / Double(customers.count))
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// A readable summary for the terminal.
    func table() -> String {
        func number(_ value: Double, _ digits: Int = 4) -> String { String(format: "%.\(digits)f", value) }
        func list(_ values: [String: Double], order: [String]) -> String {
            order.compactMap { key in values[key].map { "\(key) = \(number($0))" } }.joined(separator: ", ")
        }
        let order = model == CLVModelChoice.bgnbd.rawValue ? ["r", "alpha", "a", "b"] : ["r", "alpha", "s", "beta"]
        let name = model == CLVModelChoice.bgnbd.rawValue ? "BG/NBD" : "Pareto/NBD"
        return """
            Customer lifetime value (calibration to \(calibrationEnd), times in \(unit)s)
              customers            \(customers) (\(repeatCustomers) repeat buyers, \(patterns) (x, t_x, T) patterns\(excludedFromFit > 0 ? ", \(excludedFromFit) first seen on the last day not fitted" : ""))
              \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(list(parameters, order: order))
                                   log-likelihood \(number(logLikelihood, 2))
              Gamma-Gamma          \(list(gammaGamma.parameters, order: ["p", "q", "gamma"]))
                                   \(gammaGamma.customers) repeat buyers\(gammaGamma.excluded > 0 ? ", \(gammaGamma.excluded) without positive spend left out" : ""); log-likelihood \(number(gammaGamma.logLikelihood, 2))
              CLV                  \(clv.horizonMonths) months at \(number(clv.discount * 100, 2))% a month
                                   total \(number(clv.total, 2)), mean per customer \(number(clv.mean, 2))

            """
    }
}
