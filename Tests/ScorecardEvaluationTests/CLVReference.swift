import Foundation
import ScorecardStats

/// Independent reference for the shipped CLV KPIs: the purchase summaries are computed here in
/// Swift from the raw orders (not by the engine's SQL), then fitted with ScorecardStats, whose
/// fits are checked against the literature in ScorecardStatsTests.
struct CLVReference: Sendable {
    /// Total, mean, share likely active and expected purchases in 3 months, as of a month's end.
    struct Values {
        let total: Double?
        let mean: Double?
        let aliveShare: Double?
        let repeatPurchases: Double?
        /// Each customer's CLV, for breakdowns.
        var perCustomer: [Int: Double] = [:]
    }

    let facts: DemoFacts
    private let cache = Cache()

    /// Fitted values by month, so each month is fitted once.
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var values: [Int: Values] = [:]
    }

    /// The values as of a month's end (fitted once per month).
    func values(asOf end: Int) -> Values {
        if let cached = cache.lock.withLock({ cache.values[end] }) { return cached }
        let computed = compute(asOf: end)
        cache.lock.withLock { cache.values[end] = computed }
        return computed
    }

    /// The model of metrics/lifetime_value.kpi: 24 months of customer_orders in weeks, BG/NBD,
    /// 12-month horizon, 1% monthly discount.
    private func compute(asOf end: Int) -> Values {
        let first = end - 23
        var days: [Int: [String: Double]] = [:]
        for row in facts.customerOrders {
            guard let customer = row.customer, let month = row.month, let day = row.day, month >= first, month <= end
            else { continue }
            days[customer, default: [:]][day, default: 0] += row.net ?? 0
        }
        let endDay = lastDay(ofOrdinal: end)
        let customers = days.keys.sorted()
        let summaries = customers.map { customer -> CustomerSummary in
            let purchases = days[customer]!.sorted { $0.key < $1.key }
            let firstDay = julian(purchases.first!.key)
            let lastDay = julian(purchases.last!.key)
            let x = Double(purchases.count - 1)
            let repeatSpend = purchases.dropFirst().map(\.value).reduce(0, +)
            return CustomerSummary(
                x: x, tx: (lastDay - firstDay) / 7, T: (endDay - firstDay) / 7,
                meanSpend: x > 0 ? repeatSpend / x : nil)
        }
        guard !summaries.isEmpty,
            let purchases = try? BGNBDModel.fit(CustomerSummary.grouped(summaries.filter { $0.T > 0 })).model,
            let spend = try? GammaGammaModel.fit(summaries.filter { $0.x > 0 && ($0.meanSpend ?? 0) > 0 }).model
        else { return Values(total: nil, mean: nil, aliveShare: nil, repeatPurchases: nil) }
        var total = 0.0
        var alive = 0
        var repeats = 0.0
        var perCustomer: [Int: Double] = [:]
        for (customer, c) in zip(customers, summaries) {
            let expectedSpend =
                c.meanSpend.flatMap { $0 > 0 ? spend.conditionalExpectedAverageSpend(x: c.x, meanSpend: $0) : nil }
                ?? spend.expectedAverageSpend
            let value = CLV.discounted(
                months: 12, monthlyDiscountRate: 0.01, expectedSpend: expectedSpend, timeUnit: .weeks
            ) { t in
                purchases.conditionalExpectedPurchases(t: t, x: c.x, tx: c.tx, T: c.T)
            }
            perCustomer[customer] = value
            total += value
            if purchases.probabilityAlive(x: c.x, tx: c.tx, T: c.T) > 0.5 { alive += 1 }
            repeats += purchases.conditionalExpectedPurchases(
                t: 3 * TimeUnit.weeks.unitsPerMonth, x: c.x, tx: c.tx, T: c.T)
        }
        let count = Double(summaries.count)
        return Values(
            total: total, mean: total / count, aliveShare: Double(alive) / count, repeatPurchases: repeats,
            perCustomer: perCustomer)
    }

    /// The Julian day number of `YYYY-MM-DD` at midnight UTC.
    private func julian(_ day: String) -> Double {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!.timeIntervalSince1970 / 86_400 + 2_440_587.5
    }

    /// The Julian day of the last day of a month ordinal.
    private func lastDay(ofOrdinal ordinal: Int) -> Double {
        let (year, month) = (ordinal / 12, ordinal % 12 + 1)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let firstOfNext = calendar.date(
            from: DateComponents(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1))!
        return firstOfNext.timeIntervalSince1970 / 86_400 + 2_440_587.5 - 1
    }
}
