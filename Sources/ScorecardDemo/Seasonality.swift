/// Month-of-year multipliers: a Q4 peak and a summer dip.
enum Seasonality {
    /// Order volume by month of year (index 0 = January).
    static let orders: [Double] = [0.92, 0.86, 0.96, 0.98, 1.00, 0.90, 0.80, 0.84, 0.97, 1.05, 1.28, 1.48]
    /// New-customer acquisition (organic) by month of year.
    static let acquisition: [Double] = [1.10, 0.95, 1.00, 1.00, 1.00, 0.90, 0.80, 0.85, 1.05, 1.05, 1.20, 1.10]
    /// Marketing spend by month of year.
    static let spend: [Double] = [0.95, 0.90, 1.00, 1.00, 1.00, 0.90, 0.80, 0.85, 1.00, 1.10, 1.35, 1.25]

    /// The order multiplier of `month`.
    static func orders(_ month: DemoMonth) -> Double { orders[month.month - 1] }
    /// The acquisition multiplier of `month`.
    static func acquisition(_ month: DemoMonth) -> Double { acquisition[month.month - 1] }
    /// The spend multiplier of `month`.
    static func spend(_ month: DemoMonth) -> Double { spend[month.month - 1] }
}
