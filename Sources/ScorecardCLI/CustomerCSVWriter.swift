import Foundation
import ScorecardEngine

/// Writes one CSV row per customer with its RFM summary and predictions, atomically.
///
/// Columns: `id,x,t_x,T,mean_spend,p_alive,expected_purchases,expected_spend,clv`; numbers are
/// rounded to 6 decimals; mean_spend is empty when x = 0. The file is written next to its
/// destination under a temporary name and renamed into place, so a failed run never leaves a
/// half-written file.
///
/// ```swift
/// try CustomerCSVWriter.write(customers: rfm, predictions: analysis.predictions, to: "clv.csv")
/// ```
enum CustomerCSVWriter {
    static let header = "id,x,t_x,T,mean_spend,p_alive,expected_purchases,expected_spend,clv"

    static func write(customers: [CustomerRFM], predictions: CLVAnalysis.Predictions, to path: String) throws {
        var text = header + "\n"
        text.reserveCapacity(customers.count * 96)
        for (customer, prediction) in zip(customers, predictions) {
            let s = customer.summary
            let fields = [
                field(customer.id), number(s.x), number(s.tx), number(s.T), s.meanSpend.map(number) ?? "",
                number(prediction.probabilityAlive), number(prediction.expectedPurchases),
                number(prediction.expectedSpend), number(prediction.clv),
            ]
            text += fields.joined(separator: ",") + "\n"
        }
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the destination atomically.
            guard rename(temporary.path, destination.path) == 0 else {
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure.environment(
                "error: cannot write \(path): \(FileErrorReason.describe(error, path: path))")
        }
    }

    /// A number rounded to 6 decimals, in Swift's shortest round-trip form without a trailing ".0"
    /// (values below 0.0001 use exponent notation, e.g. `5e-06`).
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = (value * 1e6).rounded() / 1e6
        let text = (rounded == 0 ? 0 : rounded).description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A text field, quoted when it holds a comma, quote or line break.
    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
