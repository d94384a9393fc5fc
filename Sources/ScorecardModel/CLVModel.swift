/// A checked probabilistic customer-lifetime-value model over one source.
///
/// Fitted, for each evaluated period, on the customers' purchases in the calibration window that
/// ends with the period; KPIs use it through `clv_total`, `clv_mean`, `alive_share` and
/// `expected_purchases` measures.
public struct CLVModel: Sendable {
    /// The purchase-count model.
    public enum Fit: String, Sendable, CaseIterable {
        case bgnbd
        case paretoNBD = "pareto_nbd"
    }

    /// The time unit of recency and age in the fit.
    public enum TimeUnit: String, Sendable, CaseIterable {
        case day, week, month
    }

    /// The model's name, used by `clv_total(NAME)` and the other model measures.
    public let name: String
    /// The label shown in reports.
    public let label: String
    /// The dated source whose rows are the purchases.
    public let source: String
    /// The customer identifier, a row expression over the source.
    public let customer: RowExpression
    /// The purchase amount, a row expression over the source.
    public let amount: RowExpression
    /// The unit recency and customer age are counted in.
    public let timeUnit: TimeUnit
    /// The months of history the model is fitted on, ending with the evaluated period.
    public let calibrationMonths: Int
    /// The purchase-count model fitted (BG/NBD or Pareto/NBD).
    public let fit: Fit
    /// The months over which CLV is predicted.
    public let horizonMonths: Int
    /// The monthly discount rate of future spend.
    public let monthlyDiscount: Double
    /// Where the model is declared.
    public let location: Location
}
