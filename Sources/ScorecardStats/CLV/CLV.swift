import Foundation

/// Discounted customer lifetime value over a horizon in months.
///
/// CLV = Σ_{i=1}^{H} (E[Y(i·u)] − E[Y((i−1)·u)]) · E[M] / (1 + d)^i, where u is the number of
/// model time units per month (``TimeUnit``), E[Y(t)] the purchase model's conditional
/// expectation, E[M] the expected average spend and d the monthly discount rate: the
/// construction of `lifetimes`' `customer_lifetime_value`.
///
/// ```swift
/// let value = CLV.discounted(
///     purchases: bgnbd, spend: gammaGamma,
///     customer: CustomerSummary(x: 2, tx: 30.43, T: 38.86, meanSpend: 35),
///     timeUnit: .weeks, months: 12, monthlyDiscountRate: 0.01)
/// ```
public enum CLV {
    /// The customer's discounted CLV.
    ///
    /// Spend comes from the Gamma-Gamma model's conditional expectation (the population mean for x
    /// = 0 or a missing `meanSpend`).
    public static func discounted(
        purchases: some PurchaseModel, spend: GammaGammaModel, customer c: CustomerSummary,
        timeUnit: TimeUnit, months: Int, monthlyDiscountRate: Double
    ) -> Double {
        let expectedSpend =
            c.meanSpend.map { spend.conditionalExpectedAverageSpend(x: c.x, meanSpend: $0) }
            ?? spend.expectedAverageSpend
        return discounted(
            months: months, monthlyDiscountRate: monthlyDiscountRate, expectedSpend: expectedSpend,
            timeUnit: timeUnit
        ) { t in purchases.conditionalExpectedPurchases(t: t, x: c.x, tx: c.tx, T: c.T) }
    }

    /// The discounted sum for any cumulative purchase forecast `cumulativePurchases(t)` (t in model units).
    public static func discounted(
        months: Int, monthlyDiscountRate: Double, expectedSpend: Double, timeUnit: TimeUnit,
        cumulativePurchases: (Double) -> Double
    ) -> Double {
        precondition(months >= 0 && monthlyDiscountRate > -1, "need months ≥ 0 and a discount rate > −1")
        let cumulative = stride(from: 1, through: months, by: 1).map {
            cumulativePurchases(Double($0) * timeUnit.unitsPerMonth)
        }
        return discounted(
            cumulativePurchases: cumulative,
            discountFactors: discountFactors(months: months, monthlyDiscountRate: monthlyDiscountRate),
            expectedSpend: expectedSpend)
    }

    /// (1 + d)ⁱ for the months i = 1...months: the divisors of the discounted sum, computed once for many customers.
    public static func discountFactors(months: Int, monthlyDiscountRate: Double) -> [Double] {
        precondition(months >= 0 && monthlyDiscountRate > -1, "need months ≥ 0 and a discount rate > −1")
        return stride(from: 1, through: months, by: 1).map { pow(1 + monthlyDiscountRate, Double($0)) }
    }

    /// The discounted value of cumulative purchase forecasts at the ends of months 1, 2, ….
    ///
    /// Element i − 1 is month i; each month's purchases are discounted with its
    /// ``discountFactors(months:monthlyDiscountRate:)``.
    public static func discounted(cumulativePurchases: [Double], discountFactors: [Double], expectedSpend: Double)
        -> Double
    {
        precondition(cumulativePurchases.count == discountFactors.count, "need one discount factor per month")
        var value = 0.0
        var previous = 0.0
        for (cumulative, factor) in zip(cumulativePurchases, discountFactors) {
            value += (cumulative - previous) * expectedSpend / factor
            previous = cumulative
        }
        return value
    }
}
