import Foundation
import ScorecardStats

/// P(alive), expected purchases and the discounted purchase stream of each distinct (x, t_x, T).
///
/// These depend on the pattern only, so they are computed once per pattern. The costly part,
/// E[Y(t) | alive] at the end of each horizon month (a ₂F₁ each for BG/NBD), depends on x and T
/// only (``ScorecardStats/PurchaseModel/expectedPurchasesIfAlive(t:x:T:)``), so it is computed once
/// per distinct (x, T), on all cores; each pattern multiplies it by its P(alive), exactly as
/// `conditionalExpectedPurchases` does. A customer's CLV is then the pattern's
/// `discountedPurchases` times the customer's expected spend per purchase.
///
/// ```swift
/// let (patterns, patternOf) = CustomerSummary.groupedWithIndices(summaries)
/// let forecast = PatternForecast(patterns, model: bgnbd, timeUnit: .weeks, months: 12, monthlyDiscountRate: 0.01)
/// forecast.values[Int(patternOf[0])].alive
/// ```
struct PatternForecast {
    struct Value {
        var alive = 0.0
        /// E[Y(h) | x, t_x, T] over the horizon h.
        var purchases = 0.0
        /// Σᵢ (E[Y(i·u)] − E[Y((i−1)·u)]) / (1 + d)ⁱ: the CLV for an expected spend of 1.
        var discountedPurchases = 0.0
    }

    /// The forecast of each pattern, in the order given.
    let values: [Value]

    /// Forecasts distinct (x, t_x, T) patterns (see ``ScorecardStats/CustomerSummary/grouped(_:)``).
    init(
        _ patterns: [CustomerSummary], model: any PurchaseModel, timeUnit: TimeUnit, months: Int,
        monthlyDiscountRate: Double
    ) {
        let times = (0..<max(months, 0)).map { Double($0 + 1) * timeUnit.unitsPerMonth }
        let ifAlive = IfAliveForecast(patterns, model: model, times: times)
        let discountFactors = CLV.discountFactors(months: times.count, monthlyDiscountRate: monthlyDiscountRate)
        values = patterns.map { p in
            let alive = model.probabilityAlive(x: p.x, tx: p.tx, T: p.T)
            let cumulative = ifAlive.purchases(x: p.x, T: p.T).map { alive > 0 ? $0 * alive : 0 }
            return Value(
                alive: alive, purchases: cumulative.last ?? 0,
                discountedPurchases: CLV.discounted(
                    cumulativePurchases: cumulative, discountFactors: discountFactors,
                    expectedSpend: 1))
        }
    }
}

/// E[Y(t) | alive at T, x, T] at a list of times for every distinct (x, T) of some patterns.
private struct IfAliveForecast {
    private struct Key: Hashable { let x, T: Double }
    private var index: [Key: Int] = [:]
    private var values: [Double] = []
    private let times: Int

    /// Computes the forecasts on all cores.
    init(_ patterns: [CustomerSummary], model: any PurchaseModel, times: [Double]) {
        self.times = times.count
        var distinct: [Key] = []
        for p in patterns where index[Key(x: p.x, T: p.T)] == nil {
            index[Key(x: p.x, T: p.T)] = distinct.count
            distinct.append(Key(x: p.x, T: p.T))
        }
        let keys = distinct
        var values = [Double](repeating: 0, count: keys.count * times.count)
        let chunks = min(keys.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        values.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeMutableSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for k in stride(from: chunk, to: keys.count, by: chunks) {
                    for (j, t) in times.enumerated() {
                        output.buffer[k * times.count + j] = model.expectedPurchasesIfAlive(
                            t: t, x: keys[k].x, T: keys[k].T)
                    }
                }
            }
        }
        self.values = values
    }

    /// The forecasts at each time of a (x, T) among the patterns.
    func purchases(x: Double, T: Double) -> ArraySlice<Double> {
        let k = index[Key(x: x, T: T)]!
        return values[k * times..<(k + 1) * times]
    }
}
