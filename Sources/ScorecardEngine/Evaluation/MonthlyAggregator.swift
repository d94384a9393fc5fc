import ScorecardSQL

/// Adds up the rows of a monthly scan (``SourceAggregateQueries/monthlyScan``) per month, with
/// the aggregates of the monthly query and SQL's semantics: the same numbers without the sort
/// SQLite does for GROUP BY. Memory: one state per month and column.
///
/// SUM of integers is exact (money is summed in whole cents) and becomes floating point once a
/// real value is added; text that reads as a number counts as that number, other text as 0 (bad
/// rows, which stop the run or are left out before this); NULLs are skipped; SUM, MIN and MAX of no values are NULL, COUNT is 0.
///
/// A check count read from the checked column (``SourceAggregateQueries/MonthlyColumn/scanCheck``)
/// counts the rows failing the check (``ScannedCheck/fails(_:column:)``).
///
/// A distinct count (``MonthlyAggregate/distinct``) relies on the scan's order by its key: a
/// month counts a key when it differs from the month's last one. Only integer keys are counted
/// so (the integer 42 and the text '42' are one key as text, but do not sort together).
struct MonthlyAggregator {
    /// A distinct count met a key that is not an integer: the database's grouping must count it.
    struct KeyNotAnInteger: Error {}

    /// The running aggregate of one column in one month.
    private struct State {
        var integer: Int64 = 0
        var real = 0.0
        var isReal = false
        var count = 0
        var minimum = Double.infinity
        var maximum = -Double.infinity
        /// A distinct count's last key.
        var lastKey: Int64?

        /// Counts a distinct count's key unless it is the last one counted (keys come in order).
        mutating func add(key: Int64) {
            guard key != lastKey else { return }
            lastKey = key
            count += 1
        }

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
            case .rows, .count, .distinct: return Double(count)
            case _ where count == 0: return nil
            case .sum: return isReal ? Double(integer) + real : Double(integer)
            case .minimum: return minimum
            case .maximum: return maximum
            }
        }
    }

    private let columns: [SourceAggregateQueries.MonthlyColumn]
    private var slots: [Int?: Int] = [:]
    private var states: [State] = []
    /// The last row's month and slot: scans by time deliver a month's rows together.
    private var last: (month: Int?, slot: Int)?

    /// Per column, whether it is a distinct count.
    private let distinct: [Bool]
    /// Per column, the check the scan's reader makes (``SourceAggregateQueries/MonthlyColumn/scanCheck``).
    private let checks: [ScannedCheck?]

    init(columns: [SourceAggregateQueries.MonthlyColumn]) {
        self.columns = columns
        distinct = columns.map { $0.aggregate == .distinct }
        checks = columns.map(\.scanCheck)
    }

    /// Adds the current row (month key in column 0, the columns' expressions from column 1) to its
    /// month and returns the month; rows whose month key cannot be read go together under nil.
    ///
    /// - Throws: ``KeyNotAnInteger`` for a distinct count's key that is not an integer.
    @discardableResult
    mutating func add(_ row: any SQLRows) throws -> Int? {
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
            if let check = checks[offset] {
                states[base + offset].add(integer: check.fails(row, column: column) ? 1 : 0)
                continue
            }
            switch row.kind(column) {
            case .null: continue
            case .integer where distinct[offset]: states[base + offset].add(key: row.integer(column))
            case _ where distinct[offset]: throw KeyNotAnInteger()
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
