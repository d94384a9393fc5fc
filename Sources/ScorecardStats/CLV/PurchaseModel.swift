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
    /// E[Y(t) | alive at T, x, T]: expected purchases in the next t time units of a customer still alive.
    ///
    /// It does not depend on t_x, so customers sharing x and T share it; for P(alive) > 0,
    /// `conditionalExpectedPurchases` is exactly `expectedPurchasesIfAlive · probabilityAlive` (0 otherwise).
    func expectedPurchasesIfAlive(t: Double, x: Double, T: Double) -> Double
}

extension BGNBDModel: PurchaseModel {}
extension ParetoNBDModel: PurchaseModel {}
