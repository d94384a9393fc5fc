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

        /// Adds an integer: summed exactly until the sum overflows, then as a real.
        mutating func add(integer: Int64) {
            let (sum, overflow) = self.integer.addingReportingOverflow(integer)
            if overflow {
                isReal = true
                real += Double(integer)
            } else {
                self.integer = sum
            }
            counted(Double(integer))
        }

        mutating func add(real value: Double) {
            isReal = true
            real += value
            counted(value)
        }

        /// Adds any value with SQL's numeric conversion: text that reads as a number counts as
        /// that number, other text and blobs as 0 (as a real); NULL is skipped.
        mutating func add(_ value: SQLValue) {
            switch value.numeric {
            case .null: return
            case .integer(let integer): add(integer: integer)
            case .real(let double): add(real: double)
            case .text, .blob: add(real: 0)
            }
        }

        private mutating func counted(_ number: Double) {
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
    /// The columns' positions in the row, read once per row.
    private let positions: [Int]
    private var slots: [Int: Int] = [:]
    private var states: [State] = []
    /// The last row's month and slot: scans by time deliver a month's rows together.
    private var last: (month: Int, slot: Int)?

    init(columns: [SourceRowsQuery.ComponentColumn]) {
        self.columns = columns
        positions = columns.map(\.column)
    }

    /// Adds the current row's component columns to its month.
    mutating func add(row statement: any SQLRows, month: Int) {
        guard !positions.isEmpty else { return }
        let slot = last?.month == month ? last!.slot : (slots[month] ?? addSlot(month))
        last = (month, slot)
        let base = slot * positions.count
        for (offset, column) in positions.enumerated() {
            // Integers, reals and NULLs (nearly every value) are read without making a `SQLValue`.
            switch statement.kind(column) {
            case .null: continue
            case .integer: states[base + offset].add(integer: statement.integer(column))
            case .real: states[base + offset].add(real: statement.real(column))
            case .text, .blob: states[base + offset].add(statement.value(column))
            }
        }
    }

    /// Each month's aggregates as a row indexed like the scan's columns (other columns nil).
    func rows(width: Int) -> [Int: [Double?]] {
        slots.mapValues { slot in
            var row = [Double?](repeating: nil, count: width)
            for (offset, column) in columns.enumerated() {
                row[column.column] = states[slot * columns.count + offset].result(column.aggregate)
            }
            return row
        }
    }

    private mutating func addSlot(_ month: Int) -> Int {
        slots[month] = slots.count
        states += Array(repeating: State(), count: columns.count)
        return slots.count - 1
    }
}
