import ScorecardModel
import ScorecardSQL

/// Customer-level rows of a customer-based measure (see `CustomerRowsQuery`), rolled up into
/// breakdown groups of one dimension at a time.
///
/// A group's size is its number of distinct customers; `counted` is how many of them count for
/// the measure: came back (retention), bought twice or more (repeat rate), or are new.
struct CustomerGroupCounts {
    /// One result row: the window, the customer, their key in each dimension and the row's count.
    struct Row {
        let window: Int
        let customer: SQLiteValue
        let keys: [String?]
        let count: Int64
    }

    /// Distinct customers of a group and how many of them count.
    struct Tally {
        var customers = 0
        var counted = 0
    }

    private struct Member: Hashable {
        let window: Int
        let key: String?
        let customer: SQLiteValue
    }

    let kind: CustomerRowsQuery.Kind
    private(set) var rows: [Row] = []

    init(kind: CustomerRowsQuery.Kind) { self.kind = kind }

    mutating func add(_ row: Row) { rows.append(row) }

    /// Window id → group key (nil for NULL) → tally, for the dimension in key column `index`.
    func tallies(dimension index: Int) -> [Int: [String?: Tally]] {
        var seen: Set<Member> = []
        var result: [Int: [String?: Tally]] = [:]
        for row in rows {
            let key = row.keys[index]
            guard seen.insert(Member(window: row.window, key: key, customer: row.customer)).inserted else { continue }
            result[row.window, default: [:]][key, default: Tally()].add(counts(row))
        }
        return result
    }

    /// Whether the row's customer counts for the measure.
    private func counts(_ row: Row) -> Bool {
        switch kind {
        case .transitions: row.count != 0
        case .repeatRate: row.count >= 2
        case .newCustomers: true
        }
    }
}

extension CustomerGroupCounts.Tally {
    mutating func add(_ counts: Bool) {
        customers += 1
        if counts { counted += 1 }
    }

    /// The value of a customer-based measure for the group, exactly as the SQL aggregates give it.
    func value(of function: AggregateFunction) -> Double {
        switch function {
        case .retention, .repeatRate: Double(counted) / Double(customers)
        case .churn: 1 - Double(counted) / Double(customers)
        default: Double(counted)
        }
    }
}
