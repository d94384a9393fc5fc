import ScorecardSQL

/// The distinct values of a measure per month, from which the distinct count of any window is
/// the size of the union of its months' sets.
struct DistinctValues {
    private var values: [String: Set<String>] = [:]

    /// Adds one `month, value` row; a NULL value only marks the month as having data.
    mutating func add(month: String, value: String?) {
        values[month, default: []].formUnion(value.map { [$0] } ?? [])
    }

    /// The distinct count over some months, or nil when the source has no rows in any of them.
    func cell(months: [String]) -> MeasureTable.Cell? {
        let present = months.compactMap { values[$0] }
        guard !present.isEmpty else { return nil }
        guard present.count > 1 else { return .value(Double(present[0].count)) }
        var union = Set<String>(minimumCapacity: present.reduce(0) { $0 + $1.count })
        for set in present { union.formUnion(set) }
        return .value(Double(union.count))
    }
}
