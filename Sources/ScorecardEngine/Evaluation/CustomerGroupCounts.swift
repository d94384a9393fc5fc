import ScorecardModel
import ScorecardSQL

/// Customer-level rows of a customer-based measure (see `CustomerRowsQuery`), rolled up into
/// breakdown groups of one dimension at a time.
///
/// A group's size is its population: the distinct customers with a row of the source in the
/// window the measure looks at. `base` is how many of them match the measure's `where` there
/// (retention's cohort, repeat rate's buyers); `counted` how many count for the measure: came
/// back (retention), bought twice or more (repeat rate), or are new.
struct CustomerGroupCounts {
    /// One result row: the window, the customer, their key in each dimension, the base flag and the row's count.
    struct Row {
        let window: Int
        let customer: SQLValue
        let keys: [String?]
        let base: Bool
        let count: Int64
    }

    /// Distinct customers of a group, how many of them are in the measure's base and how many count.
    struct Tally {
        var customers = 0
        var base = 0
        var counted = 0
    }

    private struct Member: Hashable {
        let window: Int
        let key: String?
        let customer: SQLValue
    }

    /// Whether a member is in the base and counts; a customer with several rows in one group
    /// (transitions: one per combination of keys) is in it when any of them is.
    private struct Flags {
        var base = false
        var counted = false
    }

    let kind: CustomerRowsQuery.Kind
    private(set) var rows: [Row] = []

    init(kind: CustomerRowsQuery.Kind) { self.kind = kind }

    mutating func add(_ row: Row) { rows.append(row) }

    /// Window id → group key (nil for NULL) → tally, for the dimension in key column `index`.
    func tallies(dimension index: Int) -> [Int: [String?: Tally]] {
        var members: [Member: Flags] = [:]
        for row in rows {
            let member = Member(window: row.window, key: row.keys[index], customer: row.customer)
            var flags = members[member] ?? Flags()
            flags.base = flags.base || row.base
            flags.counted = flags.counted || counts(row)
            members[member] = flags
        }
        var result: [Int: [String?: Tally]] = [:]
        for (member, flags) in members {
            result[member.window, default: [:]][member.key, default: Tally()].add(flags.base, counted: flags.counted)
        }
        return result
    }

    /// Whether the row's customer counts for the measure.
    private func counts(_ row: Row) -> Bool {
        switch kind {
        case .transitions: row.base && row.count != 0
        case .repeatRate: row.count >= 2
        case .newCustomers: row.count != 0
        }
    }
}

extension CustomerGroupCounts.Tally {
    mutating func add(_ inBase: Bool, counted isCounted: Bool) {
        customers += 1
        if inBase { base += 1 }
        if isCounted { counted += 1 }
    }

    /// The value of a customer-based measure for the group, exactly as the SQL aggregates give
    /// it; nil for a share of no customers (no one in the group matches the measure's `where`).
    func value(of function: AggregateFunction) -> Double? {
        switch function {
        case .retention, .repeatRate: base == 0 ? nil : Double(counted) / Double(base)
        case .churn: base == 0 ? nil : 1 - Double(counted) / Double(base)
        default: Double(counted)
        }
    }
}
