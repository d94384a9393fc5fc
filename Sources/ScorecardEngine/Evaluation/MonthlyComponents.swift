import ScorecardSQL

/// The per-month aggregates of a row scan's component columns, with SQL's semantics.
///
/// SUM of integers is exact (money is summed in whole cents) and becomes floating point once a
/// real value is added; NULLs are skipped; SUM, MIN and MAX of no values are NULL, COUNT is 0.
struct MonthlyComponents {
    /// The running aggregate of one column in one month.
    private struct State {
        var integer: Int64 = 0
        var real = 0.0
        var isReal = false
        var count = 0
        var minimum = Double.infinity
        var maximum = -Double.infinity

        mutating func add(_ value: SQLiteValue) {
            let number: Double
            switch value.numeric {
            case .null: return
            case .integer(let integer):
                number = Double(integer)
                let (sum, overflow) = self.integer.addingReportingOverflow(integer)
                if overflow { isReal = true; real += number } else { self.integer = sum }
            case .real(let double):
                number = double
                isReal = true
                real += double
            case .text, .blob:
                number = 0
                isReal = true
            }
            count += 1
            minimum = min(minimum, number)
            maximum = max(maximum, number)
        }

        func result(_ aggregate: MonthlyAggregate) -> Double? {
            switch aggregate {
            case .count: return Double(count)
            case _ where count == 0: return nil
            case .sum: return isReal ? Double(integer) + real : Double(integer)
            case .minimum: return minimum
            case .maximum: return maximum
            }
        }
    }

    private let columns: [SourceRowsQuery.ComponentColumn]
    private var slots: [Int: Int] = [:]
    private var states: [State] = []
    /// The last row's month and slot: scans by time deliver a month's rows together.
    private var last: (month: Int, slot: Int)?

    init(columns: [SourceRowsQuery.ComponentColumn]) { self.columns = columns }

    /// Adds the current row's component columns to its month.
    mutating func add(row statement: SQLiteStatement, month: Int) {
        guard !columns.isEmpty else { return }
        let slot = last?.month == month ? last!.slot : (slots[month] ?? addSlot(month))
        last = (month, slot)
        let base = slot * columns.count
        for (offset, column) in columns.enumerated() { states[base + offset].add(statement.value(at: column.column)) }
    }

    /// Each month's aggregates as a row indexed like the scan's columns (other columns nil).
    func rows(width: Int) -> [Int: [Double?]] {
        slots.mapValues { slot in
            var row = [Double?](repeating: nil, count: width)
            for (offset, column) in columns.enumerated() { row[column.column] = states[slot * columns.count + offset].result(column.aggregate) }
            return row
        }
    }

    private mutating func addSlot(_ month: Int) -> Int {
        slots[month] = slots.count
        states += Array(repeating: State(), count: columns.count)
        return slots.count - 1
    }
}
