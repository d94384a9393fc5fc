import ScorecardStats

/// Customers' RFM summaries, each made when read: held as the customers' purchase days in one
/// calibration window (20 bytes a customer, where a ``ScorecardStats/CustomerSummary`` takes 48:
/// a million customers' sample is the largest allocation of a fit), or as summaries given.
///
/// x = purchase days − 1, t_x = last day − first day, T = the window's last day − first day (in
/// the model's unit), mean spend = the amounts of the days after the first over x (nil when x = 0),
/// as ``ScorecardSQL/PurchaseSummaryQuery`` computes them.
///
/// ```swift
/// var days = CustomerSummaries.Days()
/// days.append(firstDay: 20_000, lastDay: 20_014, days: 3, repeatSpend: 80)
/// let summaries = CustomerSummaries(days, window: window, unit: .week)
/// summaries[0].x   // 2
/// ```
public struct CustomerSummaries: RandomAccessCollection, Sendable {
    /// Customers' purchase days in a window, appended in the sample's order.
    struct Days: Sendable {
        fileprivate var firstDay: [Int32] = []
        fileprivate var lastDay: [Int32] = []
        fileprivate var days: [Int32] = []
        fileprivate var repeatSpend: [Double] = []

        /// The number of customers.
        var count: Int { days.count }

        /// Makes room for `count` customers.
        mutating func reserve(_ count: Int) {
            firstDay.reserveCapacity(count)
            lastDay.reserveCapacity(count)
            days.reserveCapacity(count)
            repeatSpend.reserveCapacity(count)
        }

        /// Adds the next customer: their first and last purchase day (days since 1970-01-01), the
        /// number of days they bought on, and the amounts of the days after the first.
        mutating func append(firstDay: Int, lastDay: Int, days: Int, repeatSpend: Double) {
            self.firstDay.append(Int32(firstDay))
            self.lastDay.append(Int32(lastDay))
            self.days.append(Int32(clamping: days))
            self.repeatSpend.append(repeatSpend)
        }
    }

    /// The customers' days (none when the summaries were given), and the window's last day and
    /// the unit's length in days they are measured with.
    private let days: Days
    private let lastDay: Int
    private let unitDays: Double
    /// Summaries given as they are (none when made from days): two plain stored arrays rather than
    /// an enum, so reading a summary binds (and retains) nothing.
    private let given: [CustomerSummary]

    /// The summaries of customers' purchase days in `window`, measured in `unit`.
    init(_ days: Days, window: CalibrationWindow, unit: RFMTimeUnit) {
        self.days = days
        self.lastDay = window.endDay - 1
        self.unitDays = unit.days
        self.given = []
    }

    /// Summaries given as they are.
    public init(_ summaries: [CustomerSummary]) {
        self.days = Days()
        self.lastDay = 0
        self.unitDays = 1
        self.given = summaries
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int { given.isEmpty ? days.count : given.count }

    /// The summary of the customer at `index`.
    public subscript(index: Int) -> CustomerSummary {
        guard given.isEmpty else { return given[index] }
        let first = Int(days.firstDay[index])
        let x = Int(days.days[index]) - 1
        return CustomerSummary(
            x: Double(x), tx: Double(Int(days.lastDay[index]) - first) / unitDays,
            T: Double(lastDay - first) / unitDays,
            meanSpend: x > 0 ? days.repeatSpend[index] / Double(x) : nil)
    }

    /// The customers grouped by their (x, t_x, T), as ``ScorecardStats/CustomerSummary/groupedWithIndices(_:)``
    /// groups them: customers held as days are sorted by their days (purchase days, last − first,
    /// first), which are equal exactly when their figures are, without a division per comparison.
    func groupedWithIndices() -> (patterns: [CustomerSummary], patternOf: [Int32]) {
        guard given.isEmpty else { return CustomerSummary.groupedWithIndices(given) }
        return CustomerSummary.groupedWithIndices(self) { index in
            let first = Int64(days.firstDay[index])
            return (
                UInt64(days.days[index]), UInt64(bitPattern: Int64(days.lastDay[index]) - first),
                UInt64(bitPattern: first)
            )
        }
    }
}
