import ScorecardSQL

/// Reads one group column of a customer-per-row query into ``CustomerGroups``: each distinct
/// name numbered once, NULL as no group.
struct GroupColumnReader {
    private var indices: [Int32] = []
    private var names: [String] = []
    private var byName: [String: Int32] = [:]

    /// Adds the current row's group in `column`.
    mutating func read(_ rows: any SQLRows, column: Int) {
        guard let name = rows.text(column) else {
            indices.append(-1)
            return
        }
        let index = byName[name] ?? Int32(names.count)
        if index == Int32(names.count) {
            byName[name] = index
            names.append(name)
        }
        indices.append(index)
    }

    /// The groups read so far.
    var groups: CustomerGroups { CustomerGroups(indices: indices, names: names) }
}
