import ScorecardStats

/// Every customer's purchase days in one window, read in one scan: the input of CLV fits at several ends.
///
/// Purchases on the same day are merged into one (amounts summed) that keeps the dimension values
/// of the day's latest purchase. Customers are in the order of their ids (integers ascending, then
/// text). ``sample(firstDay:endDay:unit:)`` derives the RFM summaries of any calibration window
/// inside the history: the figures ``RFMSummaryQuery`` computes in SQL, without another scan.
///
/// ```swift
/// let history = try PurchaseHistory.read(select, dimensions: ["region"], firstDay: 19_662, endDay: 20_758,
///                                        timeColumn: "ordered_at", in: db)
/// let sample = history.sample(firstDay: 20_027, endDay: 20_758, unit: .week)
/// history.group(ofDay: sample.lastDays[0], dimension: 0)   // "North"
/// ```
struct PurchaseHistory: Sendable {
    /// A customer column's value: integer ids stay integers, anything else is its text.
    enum CustomerID: Hashable, Sendable, Comparable, CustomStringConvertible {
        case integer(Int64)
        case text(String)

        /// The id as `CAST(customer AS TEXT)` gives it.
        var description: String {
            switch self {
            case .integer(let value): String(value)
            case .text(let value): value
            }
        }
    }

    /// The customers, in id order.
    let customers: [CustomerID]
    /// Where each customer's days start in `days`; the last element ends the last customer's.
    let dayStarts: [Int]
    /// Purchase days (days since 1970-01-01), ascending within each customer.
    let days: [Int]
    /// The amount spent on each purchase day.
    let amounts: [Double]
    /// The names of the dimensions whose values the days carry.
    let dimensions: [String]
    /// `dimensions.count` entries per day: the index in `groupNames` of each dimension's value on the
    /// day's latest purchase, or −1 when it is NULL.
    let dayGroups: [Int32]
    let groupNames: [String]
    /// The window the history covers, `[firstDay, endDay)`.
    let firstDay: Int
    let endDay: Int

    /// The group name of a dimension on a purchase day, `(none)` for NULL.
    func group(ofDay day: Int, dimension: Int) -> String {
        let index = dayGroups[day * dimensions.count + dimension]
        return index < 0 ? "(none)" : groupNames[Int(index)]
    }

    /// True when the history covers the window and carries the dimensions.
    func covers(firstDay: Int, endDay: Int, dimensions wanted: [String] = []) -> Bool {
        firstDay >= self.firstDay && endDay <= self.endDay && wanted.allSatisfy(dimensions.contains)
    }
}

/// The customers who bought in one calibration window, with their RFM summaries.
struct CLVSample: Sendable {
    /// Indices in the history's customers, in id order.
    let customers: [Int]
    /// Each customer's x, t_x, T and mean repeat spend.
    let summaries: [CustomerSummary]
    /// Each customer's last purchase day in the window, as an index in the history's days.
    let lastDays: [Int]
}

extension PurchaseHistory {
    /// The RFM summaries of the purchases in `[firstDay, endDay)`, calibrated to the day before `endDay`.
    ///
    /// x = purchase days − 1, t_x = last day − first day, T = calibration end − first day (in `unit`),
    /// mean spend = the mean amount of the repeat days (nil when x = 0), as in ``RFMSummaryQuery``.
    func sample(firstDay: Int, endDay: Int, unit: RFMTimeUnit) -> CLVSample {
        precondition(covers(firstDay: firstDay, endDay: endDay), "the window is outside the history")
        var customers: [Int] = []
        var summaries: [CustomerSummary] = []
        var lastDays: [Int] = []
        customers.reserveCapacity(self.customers.count)
        summaries.reserveCapacity(self.customers.count)
        lastDays.reserveCapacity(self.customers.count)
        for customer in self.customers.indices {
            var first = dayStarts[customer]
            var end = dayStarts[customer + 1]
            while first < end, days[first] < firstDay { first += 1 }
            while end > first, days[end - 1] >= endDay { end -= 1 }
            guard first < end else { continue }
            let x = end - first - 1
            var repeatSpend = 0.0
            for day in first + 1..<end { repeatSpend += amounts[day] }
            customers.append(customer)
            lastDays.append(end - 1)
            summaries.append(
                CustomerSummary(
                    x: Double(x), tx: Double(days[end - 1] - days[first]) / unit.days,
                    T: Double(endDay - 1 - days[first]) / unit.days,
                    meanSpend: x > 0 ? repeatSpend / Double(x) : nil))
        }
        return CLVSample(customers: customers, summaries: summaries, lastDays: lastDays)
    }
}
