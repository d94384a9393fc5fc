import ScorecardSQL

/// Distinct counts and customer measures of every window, tallied while the rows of a key query
/// (``SourceAggregateQueries/KeyQuery``: key as text, month, rows, in key order) stream past.
///
/// Only the current key's months are held: when the key changes, each window's counters take
/// it in (is it active in the window, in the window before, twice or more, new?) and its months
/// are dropped. Memory stays the same whatever the number of keys or rows.
struct KeyWindowTally {
    /// One window's months and the same-length window just before it (month indices).
    struct Window {
        let months: ClosedRange<Int>
        let before: ClosedRange<Int>
    }

    /// One window's counters.
    private struct Counts {
        var active = 0
        var retentionBase = 0
        var retained = 0
        var repeaters = 0
        var new = 0
    }

    private let windows: [Window]
    private var counts: [Counts]
    private var currentKey: String?
    /// The current key's months with their row counts, ascending.
    private var months: [(month: Int, rows: Int)] = []

    init(windows: [Window]) {
        self.windows = windows
        counts = Array(repeating: Counts(), count: windows.count)
    }

    /// Reads every row of a key query.
    mutating func read(_ rows: any SQLRows) throws {
        while try rows.next() {
            guard let key = rows.text(0), let month = rows.monthIndex(at: 1) else { continue }
            add(key: key, month: month, rows: Int(rows.integer(2)))
        }
        finish()
    }

    /// Takes in a key's rows in a month; keys come in order, each key's months ascending.
    mutating func add(key: String, month: Int, rows: Int) {
        if key != currentKey {
            flush()
            currentKey = key
        }
        months.append((month, rows))
    }

    /// Takes in the last key, after the last row.
    mutating func finish() { flush() }

    /// Takes in one key's months with their rows, ascending, all at once (``KeyMonthMasks``).
    mutating func add(keyMonths: [(month: Int, rows: Int)]) {
        flush()
        currentKey = nil
        months = keyMonths
        flush()
    }

    /// Takes the current key into every window's counters.
    private mutating func flush() {
        guard let first = months.first?.month else { return }
        for (index, window) in windows.enumerated() {
            var rowsInWindow = 0
            var inBefore = false
            for (month, rows) in months {
                if window.months.contains(month) { rowsInWindow += rows }
                if window.before.contains(month) { inBefore = true }
            }
            if rowsInWindow > 0 { counts[index].active += 1 }
            if rowsInWindow >= 2 { counts[index].repeaters += 1 }
            if inBefore {
                counts[index].retentionBase += 1
                if rowsInWindow > 0 { counts[index].retained += 1 }
            }
            if window.months.contains(first) { counts[index].new += 1 }
        }
        months.removeAll(keepingCapacity: true)
    }

    /// The number of keys occurring in window `index`.
    func distinctCount(window index: Int) -> Int { counts[index].active }

    /// A customer measure's value in window `index` (keys are customers), or nil when no customer
    /// was active in it (and, for retention, none in the window before).
    func cell(_ kind: CustomerMeasureKind, window index: Int) -> MeasureTable.Cell? {
        let count = counts[index]
        switch kind {
        case .retention, .churn:
            guard count.retentionBase > 0 || count.active > 0 else { return nil }
            guard count.retentionBase > 0 else { return .empty }
            let share = Double(count.retained) / Double(count.retentionBase)
            return .value(kind == .churn ? 1 - share : share)
        case .repeatRate:
            return count.active == 0 ? nil : .value(Double(count.repeaters) / Double(count.active))
        case .newCustomers:
            return count.active > 0 ? .value(Double(count.new)) : nil
        }
    }
}
