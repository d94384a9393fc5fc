import ScorecardStats

/// One calibration window's running figures per customer.
extension PurchaseScan {
    /// Per customer (by index): first and last purchase day, purchase days, the amounts of the
    /// purchases after the first day (added as they come: 24 bytes per customer and window, not
    /// 32), and the groups of the latest purchase.
    struct WindowState {
        let dimensionCount: Int
        private var firstDay: [Int32] = []
        private var lastDay: [Int32] = []
        private var days: [Int32] = []
        private var repeatSpend: [Double] = []
        private var groups: [Int32] = []

        /// Marks a customer who has not bought in the window (yet).
        private static let absent = Int32.min

        init(dimensionCount: Int) {
            self.dimensionCount = dimensionCount
        }

        /// Makes room for the next customer.
        mutating func appendCustomer() {
            firstDay.append(Self.absent)
            lastDay.append(Self.absent)
            days.append(0)
            repeatSpend.append(0)
            groups.append(contentsOf: repeatElement(-1, count: dimensionCount))
        }

        /// Adds a purchase: a new day, another purchase of the customer's last day, or (at the
        /// same instant as their previous purchase) a purchase whose greater groups win.
        mutating func add(
            customer: Int, day: Int, amount: Double, groups rowGroups: [Int32], sameInstant: Bool, names: [String]
        ) throws {
            let day = Int32(day)
            let firstGroup = customer * dimensionCount
            if firstDay[customer] == Self.absent {
                firstDay[customer] = day
                lastDay[customer] = day
                days[customer] = 1
            } else if day == lastDay[customer] {
                if day != firstDay[customer] { repeatSpend[customer] += amount }
                if sameInstant {
                    for dimension in 0..<dimensionCount {
                        groups[firstGroup + dimension] = Self.greater(
                            groups[firstGroup + dimension], rowGroups[dimension], names: names)
                    }
                    return
                }
            } else if day > lastDay[customer] {
                lastDay[customer] = day
                days[customer] += 1
                repeatSpend[customer] += amount
            } else {
                throw PurchaseScan.OutOfOrder()
            }
            for dimension in 0..<dimensionCount { groups[firstGroup + dimension] = rowGroups[dimension] }
        }

        /// The greater of two group values as SQL's `MAX` sees them: any value beats NULL (−1),
        /// texts compare by their bytes.
        private static func greater(_ a: Int32, _ b: Int32, names: [String]) -> Int32 {
            guard a >= 0 else { return b }
            guard b >= 0 else { return a }
            return names[Int(a)].utf8.lexicographicallyPrecedes(names[Int(b)].utf8) ? b : a
        }

        /// The window's customers in `order` (indices of all customers), with their summaries and groups.
        func sample(order: [Int32], window: CalibrationWindow, unit: RFMTimeUnit, dimensions: [String], names: [String])
            -> CLVSample
        {
            let count = firstDay.lazy.filter { $0 != Self.absent }.count
            var summaries = CustomerSummaries.Days()
            summaries.reserve(count)
            var indices = [[Int32]](repeating: [], count: dimensionCount)
            for dimension in indices.indices { indices[dimension].reserveCapacity(count) }
            for index in order where firstDay[Int(index)] != Self.absent {
                let customer = Int(index)
                summaries.append(
                    firstDay: Int(firstDay[customer]), lastDay: Int(lastDay[customer]), days: Int(days[customer]),
                    repeatSpend: repeatSpend[customer])
                for dimension in 0..<dimensionCount {
                    indices[dimension].append(groups[customer * dimensionCount + dimension])
                }
            }
            var groups: [String: CustomerGroups] = [:]
            for (dimension, name) in dimensions.enumerated() {
                groups[name] = CustomerGroups(indices: indices[dimension], names: names)
            }
            return CLVSample(summaries: CustomerSummaries(summaries, window: window, unit: unit), groups: groups)
        }
    }
}
