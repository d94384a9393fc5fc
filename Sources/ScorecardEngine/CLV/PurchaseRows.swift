import ScorecardSQL

/// The rows of a purchase scan as read, in scan order, before they are grouped by customer and day.
///
/// ```swift
/// var rows = PurchaseRows(dimensionCount: 1, timeColumn: "ordered_at")
/// while try statement.next() { try rows.add(statement) }
/// let history = rows.history(dimensions: ["region"], firstDay: first, endDay: end)
/// ```
struct PurchaseRows {
    let dimensionCount: Int
    let timeColumn: String
    private var customerIDs = CustomerIndexer()
    private var groupNames = GroupNameInterner()
    private var customers: [Int] = []
    private var days: [Int] = []
    private var amounts: [Double] = []
    /// `dimensionCount` group indices per row (−1 for NULL).
    private var groups: [Int32] = []

    init(dimensionCount: Int, timeColumn: String) {
        self.dimensionCount = dimensionCount
        self.timeColumn = timeColumn
    }

    /// Adds the statement's current row (columns customer, day, amount, groups) unless its customer or day is NULL.
    mutating func add(_ row: any SQLRows) throws {
        let storage = row.kind(0)
        guard storage != .null, let parsed = row.withUTF8(1, RFMSummaryQuery.dayNumber) else { return }
        guard let day = parsed else {
            throw CLVInputError.invalidTimestamp(
                customer: row.text(0) ?? "", value: row.text(1) ?? "", column: timeColumn)
        }
        // Integer ids (the usual case) are read without making a `SQLValue`.
        customers.append(
            storage == .integer
                ? customerIDs.index(ofInteger: row.integer(0))
                : customerIDs.index(of: row.value(0), text: row.text(0) ?? ""))
        days.append(day)
        amounts.append(row.real(2))
        for dimension in 0..<dimensionCount {
            groups.append(groupNames.index(of: row, column: 3 + dimension, dimension: dimension))
        }
    }

    /// Groups the rows by customer (in id order) and merges each customer's rows of the same day.
    func history(dimensions: [String], firstDay: Int, endDay: Int) -> PurchaseHistory {
        let ids = customerIDs.ids
        let order = customerIDs.allIntegers ? Self.integerOrder(ids) : ids.indices.sorted { ids[$0] < ids[$1] }
        var rank = [Int](repeating: 0, count: order.count)
        for (position, customer) in order.enumerated() { rank[customer] = position }
        var (starts, ordered) = rowsByCustomer(rank: rank)
        var dayStarts = [0]
        var mergedDays: [Int] = []
        var mergedAmounts: [Double] = []
        var mergedGroups: [Int32] = []
        mergedDays.reserveCapacity(days.count)
        mergedAmounts.reserveCapacity(days.count)
        mergedGroups.reserveCapacity(groups.count)
        for customer in order.indices {
            let customerRows = starts[customer]..<starts[customer + 1]
            sortByDay(&ordered, customerRows)
            let customerStart = mergedDays.count
            for row in ordered[customerRows] {
                let day = days[row]
                let firstGroup = row * dimensionCount
                if mergedDays.count > customerStart, mergedDays[mergedDays.count - 1] == day {
                    // Another purchase the same day: add it up, and keep the later purchase's groups.
                    mergedAmounts[mergedAmounts.count - 1] += amounts[row]
                    let lastGroups = mergedGroups.count - dimensionCount
                    for dimension in 0..<dimensionCount {
                        mergedGroups[lastGroups + dimension] = groups[firstGroup + dimension]
                    }
                } else {
                    mergedDays.append(day)
                    mergedAmounts.append(amounts[row])
                    for dimension in 0..<dimensionCount { mergedGroups.append(groups[firstGroup + dimension]) }
                }
            }
            dayStarts.append(mergedDays.count)
        }
        return PurchaseHistory(
            customers: order.map { ids[$0] }, dayStarts: dayStarts, days: mergedDays, amounts: mergedAmounts,
            dimensions: dimensions, dayGroups: mergedGroups, groupNames: groupNames.names,
            firstDay: firstDay, endDay: endDay)
    }

    /// The indices of integer ids in ascending id order, sorting plain integers.
    private static func integerOrder(_ ids: [PurchaseHistory.CustomerID]) -> [Int] {
        let values = ids.map { id -> Int64 in
            guard case .integer(let value) = id else { preconditionFailure("integerOrder needs integer ids") }
            return value
        }
        return values.indices.sorted { values[$0] < values[$1] }
    }

    /// Sorts one customer's rows by day, when they are not in day order already; rows of a day stay
    /// in scan (time) order, so the last is the day's latest purchase.
    private func sortByDay(_ ordered: inout [Int], _ range: Range<Int>) {
        var sorted = true
        for position in range.dropFirst() where days[ordered[position - 1]] > days[ordered[position]] {
            sorted = false
            break
        }
        if !sorted { ordered[range].sort { (days[$0], $0) < (days[$1], $1) } }
    }

    /// Each customer's rows (by rank) in scan order: customer k's rows are `ordered[starts[k] ..< starts[k + 1]]`.
    private func rowsByCustomer(rank: [Int]) -> (starts: [Int], ordered: [Int]) {
        var starts = [Int](repeating: 0, count: rank.count + 1)
        for customer in customers { starts[rank[customer] + 1] += 1 }
        for i in 1..<starts.count { starts[i] += starts[i - 1] }
        var next = starts
        var ordered = [Int](repeating: 0, count: customers.count)
        for (row, customer) in customers.enumerated() {
            ordered[next[rank[customer]]] = row
            next[rank[customer]] += 1
        }
        return (starts, ordered)
    }
}
