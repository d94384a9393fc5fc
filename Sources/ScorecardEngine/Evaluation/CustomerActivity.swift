import ScorecardSQL

/// Customers' activity by month, from which retention, churn, repeat rate and new customers are
/// computed for any window.
struct CustomerActivity {
    /// Per customer, the active months (as month numbers, ascending) and the rows in each.
    private var months: [String: [(month: Int, rows: Int)]] = [:]

    /// Adds one `customer, month, rows` row.
    mutating func add(customer: String, month: String, rows: Int) {
        guard let number = Self.monthNumber(month) else { return }
        months[customer, default: []].append((number, rows))
    }

    /// Sorts each customer's months (rows arrive grouped but not necessarily ordered).
    mutating func finish() {
        for key in months.keys { months[key]!.sort { $0.month < $1.month } }
    }

    /// The value of a customer-based measure over a window, as a measure-table cell.
    func cell(_ kind: CustomerMeasureKind, range: MonthRange) -> MeasureTable.Cell? {
        let window = Self.number(range.first)...Self.number(range.last)
        let before = Self.number(range.first) - range.count...Self.number(range.first) - 1
        switch kind {
        case .retention, .churn:
            var base = 0, kept = 0, anyActivity = false
            for active in months.values {
                let inWindow = active.contains { window.contains($0.month) }
                anyActivity = anyActivity || inWindow
                guard active.contains(where: { before.contains($0.month) }) else { continue }
                base += 1
                if inWindow { kept += 1 }
            }
            guard base > 0 || anyActivity else { return nil }
            guard base > 0 else { return .empty }
            let share = Double(kept) / Double(base)
            return .value(kind == .churn ? 1 - share : share)
        case .repeatRate:
            var customers = 0, repeaters = 0
            for active in months.values {
                let rows = active.reduce(0) { window.contains($1.month) ? $0 + $1.rows : $0 }
                guard rows > 0 else { continue }
                customers += 1
                if rows >= 2 { repeaters += 1 }
            }
            return customers == 0 ? nil : .value(Double(repeaters) / Double(customers))
        case .newCustomers:
            var new = 0, anyActivity = false
            for active in months.values {
                if let first = active.first, window.contains(first.month) { new += 1 }
                anyActivity = anyActivity || active.contains { window.contains($0.month) }
            }
            return anyActivity ? .value(Double(new)) : nil
        }
    }

    static func number(_ month: Month) -> Int { month.year * 12 + month.month - 1 }

    /// `YYYY-MM` as a month number, or nil when malformed.
    static func monthNumber(_ text: String) -> Int? {
        let parts = text.split(separator: "-")
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return year * 12 + month - 1
    }
}
