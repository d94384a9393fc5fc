import ScorecardStats

/// Fits the purchase and spend models to RFM summaries and predicts every customer's value.
///
/// The purchase model is fitted on grouped (x, t_x, T) patterns of the customers observed for
/// some time (T > 0: those who first bought on the calibration end carry no information and are
/// only predicted); Gamma-Gamma on repeat buyers with a positive mean spend. Predictions that
/// depend only on the pattern come from ``PatternForecast``, computed once per pattern on all
/// cores; CLV = E[M | x, m̄] · Σᵢ ΔE[Y]ᵢ / (1 + d)ⁱ.
///
/// ```swift
/// let analysis = try CLVAnalysis(customers: rfm, model: .bgnbd, unit: .week, horizonMonths: 12, discount: 0.01)
/// analysis.totalCLV / Double(rfm.count)
/// ```
public struct CLVAnalysis {
    /// One customer's predictions over the horizon.
    public struct Prediction {
        /// The probability, from 0 to 1, that the customer is still active at the calibration end.
        public let probabilityAlive: Double
        /// The expected number of purchases over the horizon, undiscounted.
        public let expectedPurchases: Double
        /// The expected mean spend per purchase, in the amount column's currency.
        ///
        /// Gamma-Gamma's estimate given the customer's repeat spend, or the population mean without one.
        public let expectedSpend: Double
        /// The customer's value over the horizon: discounted expected purchases times ``expectedSpend``.
        public let clv: Double
    }

    /// The fitted purchase model (BG/NBD or Pareto/NBD) and its parameters.
    public let purchases: CLVModelChoice.Fit
    /// The Gamma-Gamma spend model, fitted on repeat buyers with a positive mean spend.
    public let spend: FitResult<GammaGammaModel>
    /// Repeat buyers left out of the Gamma-Gamma fit because their mean spend is not positive.
    public let excludedFromSpend: Int
    /// Customers first seen on the calibration end (T = 0), left out of the purchase model's fit.
    public let excludedFromFit: Int
    /// The number of distinct (x, t_x, T) patterns the purchase model was fitted on.
    public let patterns: Int
    /// One prediction per customer, in the order the customers were given, made when read.
    public let predictions: Predictions
    /// The sum of every customer's ``Prediction/clv``.
    public let totalCLV: Double

    /// Fits both models to the customers' summaries and predicts each customer's value.
    ///
    /// `horizonMonths` is the length of the forecast and `discount` the monthly discount rate
    /// (0.01 for 1% a month). Throws when a model cannot be fitted.
    public init(
        customers: [CustomerRFM], model: CLVModelChoice, unit: RFMTimeUnit, horizonMonths: Int, discount: Double
    ) throws {
        try self.init(
            summaries: customers.map(\.summary), model: model, unit: unit, horizonMonths: horizonMonths,
            discount: discount)
    }

    /// The same from the customers' summaries alone; predictions are in the same order.
    public init(
        summaries: [CustomerSummary], model: CLVModelChoice, unit: RFMTimeUnit, horizonMonths: Int, discount: Double
    ) throws {
        try self.init(
            summaries: CustomerSummaries(summaries), model: model, unit: unit, horizonMonths: horizonMonths,
            discount: discount)
    }

    /// The same from summaries made when read (a sample's).
    public init(
        summaries: CustomerSummaries, model: CLVModelChoice, unit: RFMTimeUnit, horizonMonths: Int, discount: Double
    ) throws {
        // Grouped once: the observed patterns (T > 0) are fitted, all of them forecast.
        let (allPatterns, patternOf) = summaries.groupedWithIndices()
        // Filtered in place: a copy of the observed patterns would be one of the fit's largest allocations.
        let observed = allPatterns.lazy.filter { $0.T > 0 }
        excludedFromFit = summaries.lazy.filter { $0.T <= 0 }.count
        patterns = observed.count
        purchases = try model.fit(observed)
        let (spend, spenders) = try Self.fitSpend(summaries)
        self.spend = spend
        excludedFromSpend = summaries.lazy.filter { $0.x > 0 }.count - spenders

        let forecast = PatternForecast(
            allPatterns, model: purchases.model, timeUnit: unit.timeUnit,
            months: horizonMonths, monthlyDiscountRate: discount)
        predictions = Predictions(
            summaries: summaries, patternOf: patternOf, forecasts: forecast.values,
            spendModel: spend.model)
        totalCLV = predictions.reduce(0) { $0 + $1.clv }
    }

    /// The customers' predictions, each made from the customer's summary and their pattern's
    /// forecast when read: a million customers' predictions would hold 32 MB, their patterns'
    /// indices hold 4.
    public struct Predictions: RandomAccessCollection {
        let summaries: CustomerSummaries
        let patternOf: [Int32]
        let forecasts: [PatternForecast.Value]
        let spendModel: GammaGammaModel

        public var startIndex: Int { 0 }
        public var endIndex: Int { patternOf.count }

        /// The customer's forecast (by pattern) times their expected spend per purchase.
        public subscript(customer: Int) -> Prediction {
            let summary = summaries[customer]
            let value = forecasts[Int(patternOf[customer])]
            let meanSpend = summary.meanSpend.flatMap { $0 > 0 ? $0 : nil }
            let expectedSpend =
                meanSpend.map { spendModel.conditionalExpectedAverageSpend(x: summary.x, meanSpend: $0) }
                ?? spendModel.expectedAverageSpend
            return Prediction(
                probabilityAlive: value.alive, expectedPurchases: value.purchases, expectedSpend: expectedSpend,
                clv: value.discountedPurchases * expectedSpend)
        }
    }

    /// Fits Gamma-Gamma on the repeat buyers with a positive mean spend; returns the fit and their number.
    ///
    /// The three columns are filled in one pass at their final size: with a million customers a
    /// copy of their summaries would be the evaluation's largest allocation.
    private static func fitSpend(_ summaries: CustomerSummaries) throws -> (FitResult<GammaGammaModel>, Int) {
        let spends = { (c: CustomerSummary) in c.x > 0 && (c.meanSpend ?? 0) > 0 }
        let count = summaries.lazy.filter(spends).count
        var frequencies: [Double] = []
        var meanSpends: [Double] = []
        var weights: [Double] = []
        frequencies.reserveCapacity(count)
        meanSpends.reserveCapacity(count)
        weights.reserveCapacity(count)
        for customer in summaries where spends(customer) {
            frequencies.append(customer.x)
            meanSpends.append(customer.meanSpend ?? 0)
            weights.append(customer.weight)
        }
        let fit = try GammaGammaModel.fit(frequencies: frequencies, meanSpends: meanSpends, weights: weights)
        return (fit, count)
    }
}
