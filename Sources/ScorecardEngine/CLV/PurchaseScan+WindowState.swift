import ScorecardStats

/// One calibration window's running figures per customer.
extension PurchaseScan {
    /// Per customer (by index): first and last purchase day, purchase days, the amounts of the
    /// purchases after the first day (added as they come), and (in the window whose breakdowns
    /// are wanted) the groups of the latest purchase. Days are 16-bit offsets from the window's
    /// first day (a calibration is at most 120 months): 14 bytes per customer and window, and 4
    /// more per dimension where groups are kept.
    struct WindowState {
        let dimensionCount: Int
        /// The window; its first day is the one the days are counted from.
        private let window: CalibrationWindow
        private var firstDay: [UInt16] = []
        private var lastDay: [UInt16] = []
        /// Purchase days; 0 for a customer who has not bought in the window (yet).
        private var days: [UInt16] = []
        private var repeatSpend: [Double] = []
        private var groups: [Int32] = []

        init(window: CalibrationWindow, dimensionCount: Int) {
            precondition(window.endDay - window.firstDay <= Int(UInt16.max), "a calibration window fits 16-bit days")
            self.window = window
            self.dimensionCount = dimensionCount
        }

        /// Makes room for the next customer.
        mutating func appendCustomer() {
            firstDay.append(0)
            lastDay.append(0)
            days.append(0)
            repeatSpend.append(0)
            groups.append(contentsOf: repeatElement(-1, count: dimensionCount))
        }

        /// Adds a purchase on a day of the window: a new day, another purchase of the customer's
        /// last day, or (at the same instant as their previous purchase) a purchase whose greater
        /// groups win.
        mutating func add(
            customer: Int, day: Int, amount: Double, groups rowGroups: [Int32], sameInstant: Bool, names: [String]
        ) throws {
            let day = UInt16(day - window.firstDay)
            let firstGroup = customer * dimensionCount
            if days[customer] == 0 {
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

        /// The window's customers in `order` (indices of all customers), with their summaries and
        /// (where kept) groups.
        func sample(order: [Int32], unit: RFMTimeUnit, dimensions: [String], names: [String]) -> CLVSample {
            let count = days.lazy.filter { $0 > 0 }.count
            var summaries = CustomerSummaries.Days()
            summaries.reserve(count)
            var indices = [[Int32]](repeating: [], count: dimensionCount)
            for dimension in indices.indices { indices[dimension].reserveCapacity(count) }
            for index in order where days[Int(index)] > 0 {
                let customer = Int(index)
                summaries.append(
                    firstDay: window.firstDay + Int(firstDay[customer]),
                    lastDay: window.firstDay + Int(lastDay[customer]),
                    days: Int(days[customer]), repeatSpend: repeatSpend[customer])
                for dimension in 0..<dimensionCount {
                    indices[dimension].append(groups[customer * dimensionCount + dimension])
                }
            }
            var groups: [String: CustomerGroups] = [:]
            for (dimension, name) in dimensions.enumerated() where dimension < dimensionCount {
                groups[name] = CustomerGroups(indices: indices[dimension], names: names)
            }
            return CLVSample(summaries: CustomerSummaries(summaries, window: window, unit: unit), groups: groups)
        }
    }
}
