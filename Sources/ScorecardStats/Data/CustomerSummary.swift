/// One customer's (or one group of identical customers') purchase history in RFM form.
///
/// Times are in the model's time unit (days, weeks, ...), measured from the customer's first
/// purchase, following the BG/NBD and Pareto/NBD papers:
/// - `x`: the number of *repeat* purchases (frequency), so a one-time buyer has x = 0;
/// - `tx`: the time of the last repeat purchase (recency), 0 when x = 0;
/// - `T`: the age of the customer at the end of the calibration period;
/// - `weight`: how many customers share this pattern (1 for an individual);
/// - `meanSpend`: the average value of the repeat purchases, for the Gamma-Gamma model.
///
/// ```swift
/// let customer = CustomerSummary(x: 2, tx: 30.43, T: 38.86)
/// let group = CustomerSummary(x: 0, tx: 0, T: 39, weight: 1_411)
/// ```
public struct CustomerSummary: Hashable, Sendable {
    /// The number of repeat purchases (frequency).
    public var x: Double
    /// The time of the last repeat purchase (recency), 0 when `x` is 0.
    public var tx: Double
    /// The customer's age at the end of the calibration period.
    public var T: Double
    /// How many customers share this history.
    public var weight: Double
    /// The average value of the repeat purchases, for the Gamma-Gamma model.
    public var meanSpend: Double?

    /// A history in the model's time unit.
    public init(x: Double, tx: Double, T: Double, weight: Double = 1, meanSpend: Double? = nil) {
        self.x = x
        self.tx = tx
        self.T = T
        self.weight = weight
        self.meanSpend = meanSpend
    }
}
