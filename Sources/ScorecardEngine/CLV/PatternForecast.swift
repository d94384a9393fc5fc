import Foundation
import ScorecardStats

/// P(alive), expected purchases and the discounted purchase stream of each distinct (x, t_x, T).
///
/// These depend on the pattern only, so they are computed once per pattern, on all cores
/// (each needs a dozen ₂F₁ evaluations for BG/NBD). A customer's CLV is then the pattern's
/// `discountedPurchases` times the customer's expected spend per purchase.
///
/// ```swift
/// let forecast = PatternForecast(summaries, model: bgnbd, timeUnit: .weeks, months: 12, monthlyDiscountRate: 0.01)
/// forecast.value(for: summaries[0]).alive
/// ```
struct PatternForecast {
    struct Value {
        var alive = 0.0
        /// E[Y(h) | x, t_x, T] over the horizon h.
        var purchases = 0.0
        /// Σᵢ (E[Y(i·u)] − E[Y((i−1)·u)]) / (1 + d)ⁱ: the CLV for an expected spend of 1.
        var discountedPurchases = 0.0
    }

    private struct Key: Hashable { let x, tx, T: Double }
    private var index: [Key: Int] = [:]
    private var values: [Value] = []

    init(_ customers: [CustomerSummary], model: any PurchaseModel, timeUnit: TimeUnit, months: Int, monthlyDiscountRate: Double) {
        let patterns = CustomerSummary.grouped(customers)
        for (i, p) in patterns.enumerated() { index[Key(x: p.x, tx: p.tx, T: p.T)] = i }
        var values = [Value](repeating: Value(), count: patterns.count)
        let chunks = min(patterns.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        values.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeMutableSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for i in stride(from: chunk, to: patterns.count, by: chunks) {
                    let p = patterns[i]
                    var last = 0.0
                    let discounted = CLV.discounted(months: months, monthlyDiscountRate: monthlyDiscountRate,
                                                    expectedSpend: 1, timeUnit: timeUnit) { t in
                        last = model.conditionalExpectedPurchases(t: t, x: p.x, tx: p.tx, T: p.T)
                        return last
                    }
                    output.buffer[i] = Value(alive: model.probabilityAlive(x: p.x, tx: p.tx, T: p.T),
                                             purchases: last, discountedPurchases: discounted)
                }
            }
        }
        self.values = values
    }

    /// The forecast of a customer's pattern (which must be among the customers given to `init`).
    func value(for c: CustomerSummary) -> Value {
        values[index[Key(x: c.x, tx: c.tx, T: c.T)]!]
    }
}

/// Lets the workers of `concurrentPerform` write disjoint elements of one buffer.
private struct UnsafeMutableSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
