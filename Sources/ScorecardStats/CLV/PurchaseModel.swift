/// A repeat-purchase model that predicts a customer's future purchases (BG/NBD, Pareto/NBD).
///
/// ```swift
/// func nextQuarter(_ model: some PurchaseModel) -> Double {
///     model.conditionalExpectedPurchases(t: 13, x: 2, tx: 30, T: 39)
/// }
/// ```
public protocol PurchaseModel: Sendable {
    /// E[Y(t) | x, tx, T]: expected purchases in the next t time units.
    func conditionalExpectedPurchases(t: Double, x: Double, tx: Double, T: Double) -> Double
    /// P(alive | x, tx, T).
    func probabilityAlive(x: Double, tx: Double, T: Double) -> Double
}

extension BGNBDModel: PurchaseModel {}
extension ParetoNBDModel: PurchaseModel {}
