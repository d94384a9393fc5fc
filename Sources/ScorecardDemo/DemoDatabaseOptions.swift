/// What to generate: how many customers, over which months, from which seed.
///
/// ```swift
/// let options = DemoDatabaseOptions(customers: 500, months: 13, seed: 1, end: DemoMonth(year: 2025, month: 12))
/// ```
/// The same options always give the same database content.
public struct DemoDatabaseOptions: Sendable, Hashable {
    /// The number of customers (at least 1).
    public var customers: Int
    /// The number of months of history, ending with `end` (1...240).
    public var months: Int
    /// The seed of the pseudo-random generator.
    public var seed: UInt64
    /// The last month with data; nothing is dated after its last day.
    public var end: DemoMonth

    /// The accepted range of `months`.
    public static let monthRange = 1...240
    /// The accepted range of `customers`.
    public static let customerRange = 1...10_000_000
    /// The accepted years of `end` (timestamps stay positive unix seconds).
    public static let endYearRange = 1990...9000

    /// Creates options; call `validate()` before generating.
    public init(customers: Int = 20_000, months: Int = 36, seed: UInt64 = 1, end: DemoMonth) {
        self.customers = customers
        self.months = months
        self.seed = seed
        self.end = end
    }

    /// The first month with data.
    public var start: DemoMonth { end.advanced(by: -(months - 1)) }

    /// Throws `DemoDatabaseError.invalidOptions` when a value is out of range.
    public func validate() throws {
        if !Self.customerRange.contains(customers) {
            throw DemoDatabaseError.invalidOptions(
                "the number of customers must be between 1 and 10000000, not \(customers)")
        }
        if !Self.monthRange.contains(months) {
            throw DemoDatabaseError.invalidOptions("the number of months must be between 1 and 240, not \(months)")
        }
        if !Self.endYearRange.contains(end.year) {
            throw DemoDatabaseError.invalidOptions("the end month must be between 1990-01 and 9000-12, not \(end)")
        }
    }
}
