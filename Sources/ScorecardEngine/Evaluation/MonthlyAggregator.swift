import ScorecardSQL

/// Adds up the rows of a monthly scan (``SourceAggregateQueries/monthlyScan``) per month, with
/// the aggregates of the monthly query and SQL's semantics: the same numbers without the sort
/// SQLite does for GROUP BY. Memory: one state per month and column.
///
/// SUM of integers is exact (money is summed in whole cents) and becomes floating point once a
/// real value is added; text that reads as a number counts as that number, other text as 0 (bad
/// rows, which stop the run or are left out before this); NULLs are skipped; SUM, MIN and MAX of no values are NULL, COUNT is 0.
struct MonthlyAggregator {
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

        /// Text or bytes, with SQL's numeric conversion.
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
            case .rows, .count: return Double(count)
            case _ where count == 0: return nil
            case .sum: return isReal ? Double(integer) + real : Double(integer)
            case .minimum: return minimum
            case .maximum: return maximum
            case .distinct: preconditionFailure("a distinct count has no row scan (SourceAggregateQueries.monthlyScan)")
            }
        }
    }

    private let columns: [SourceAggregateQueries.MonthlyColumn]
    private var slots: [Int?: Int] = [:]
    private var states: [State] = []
    /// The last row's month and slot: scans by time deliver a month's rows together.
    private var last: (month: Int?, slot: Int)?

    init(columns: [SourceAggregateQueries.MonthlyColumn]) { self.columns = columns }

    /// Adds the current row (month key in column 0, the columns' expressions from column 1) to its
    /// month and returns the month; rows whose month key cannot be read go together under nil.
    @discardableResult
    mutating func add(_ row: any SQLRows) -> Int? {
        let month = row.monthIndex(at: 0)
        let slot: Int
        if let last, last.month == month {
            slot = last.slot
        } else {
            slot = slots[month] ?? addSlot(month)
        }
        last = (month, slot)
        let base = slot * columns.count
        for offset in columns.indices {
            let column = offset + 1
            switch row.kind(column) {
            case .null: continue
            case .integer: states[base + offset].add(integer: row.integer(column))
            case .real: states[base + offset].add(real: row.real(column))
            case .text, .blob: states[base + offset].add(row.value(column))
            }
        }
        return month
    }

    /// Each month's aggregates as the monthly query's row would hold them (column 0 unused).
    func rows() -> [Int?: [Double?]] {
        slots.mapValues { slot in
            [nil] + columns.indices.map { states[slot * columns.count + $0].result(columns[$0].aggregate) }
        }
    }

    private mutating func addSlot(_ month: Int?) -> Int {
        slots[month] = slots.count
        states += Array(repeating: State(), count: columns.count)
        return slots.count - 1
    }
}
