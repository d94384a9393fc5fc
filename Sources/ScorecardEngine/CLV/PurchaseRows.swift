/// The rows of a purchase scan as read, in scan order, before they are grouped by customer and day.
///
/// ```swift
/// var rows = PurchaseRows(dimensionCount: 1, timeColumn: "ordered_at")
/// while try statement.step() { try rows.add(statement) }
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
    mutating func add(_ row: SQLiteStatement) throws {
        let storage = row.storageClass(at: 0)
        guard storage != .null, let parsed = row.withUTF8(at: 1, RFMSummaryQuery.dayNumber) else { return }
        guard let day = parsed else {
            throw CLVInputError.invalidTimestamp(customer: row.string(at: 0) ?? "", value: row.string(at: 1) ?? "", column: timeColumn)
        }
        // Integer ids (the usual case) are read without making a `SQLiteValue`.
        customers.append(storage == .integer ? customerIDs.index(ofInteger: row.int64(at: 0))
                                             : customerIDs.index(of: row.value(at: 0), text: row.string(at: 0) ?? ""))
        days.append(day)
        amounts.append(row.double(at: 2))
        for dimension in 0..<dimensionCount { groups.append(groupNames.index(of: row, column: 3 + dimension, dimension: dimension)) }
    }

    /// Groups the rows by customer (in id order) and merges each customer's rows of the same day.
    func history(dimensions: [String], firstDay: Int, endDay: Int) -> PurchaseHistory {
        let ids = customerIDs.ids
        let order = customerIDs.allIntegers ? Self.integerOrder(ids) : ids.indices.sorted { ids[$0] < ids[$1] }
        var rank = [Int](repeating: 0, count: order.count)
        for (position, customer) in order.enumerated() { rank[customer] = position }
        let rows = rowsByCustomer(rank: rank)
        var dayStarts = [0], mergedDays: [Int] = [], mergedAmounts: [Double] = [], mergedGroups: [Int32] = []
        for customer in order.indices {
            for row in Self.byDay(rows[customer], days: days) {
                let groupRange = row * dimensionCount ..< (row + 1) * dimensionCount
                if mergedDays.count > dayStarts.last!, mergedDays.last == days[row] {
                    mergedAmounts[mergedAmounts.count - 1] += amounts[row]
                    mergedGroups.replaceSubrange(mergedGroups.count - dimensionCount ..< mergedGroups.count, with: groups[groupRange])
                } else {
                    mergedDays.append(days[row])
                    mergedAmounts.append(amounts[row])
                    mergedGroups.append(contentsOf: groups[groupRange])
                }
            }
            dayStarts.append(mergedDays.count)
        }
        return PurchaseHistory(customers: order.map { ids[$0] }, dayStarts: dayStarts, days: mergedDays, amounts: mergedAmounts,
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

    /// A customer's rows by day; rows of a day stay in scan (time) order, so the last is the day's latest purchase.
    private static func byDay(_ rows: ArraySlice<Int>, days: [Int]) -> ArraySlice<Int> {
        let sorted = zip(rows, rows.dropFirst()).allSatisfy { days[$0] <= days[$1] }
        return sorted ? rows : ArraySlice(rows.sorted { (days[$0], $0) < (days[$1], $1) })
    }

    /// The row indices of each customer (by rank), in scan order.
    private func rowsByCustomer(rank: [Int]) -> [ArraySlice<Int>] {
        var counts = [Int](repeating: 0, count: rank.count + 1)
        for customer in customers { counts[rank[customer] + 1] += 1 }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var next = counts, ordered = [Int](repeating: 0, count: customers.count)
        for (row, customer) in customers.enumerated() {
            ordered[next[rank[customer]]] = row
            next[rank[customer]] += 1
        }
        return rank.indices.map { ordered[counts[$0] ..< counts[$0 + 1]] }
    }
}
