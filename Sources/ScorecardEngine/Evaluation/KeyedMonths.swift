import ScorecardSQL

/// The months in which each key (a customer, an order id, …) occurs, from one key column of a
/// row scan; distinct counts and customer-based measures of any window are computed from it.
///
/// Keys are interned to small integers while rows arrive (``KeyInterner``); `finish()` then sorts the
/// (key, month) pairs once into per-key runs of ascending months with their row counts. When all
/// months lie within 64 of each other (five years and more of monthly history), each key also
/// gets a bit mask of its months, so "does the key occur in this window" is one AND.
struct KeyedMonths {
    private var ids = KeyInterner()
    private var pairs: [Int] = []
    /// After `finish()`: key k's months are `months[starts[k]..<starts[k + 1]]`, ascending.
    private var starts: [Int] = []
    private var months: [Int] = []
    private var rows: [Int] = []
    /// Per key, bit m set when the key occurs in month `firstMonth + m` (empty when the months span more than 64).
    private var masks: [UInt64] = []
    private var firstMonth = 0

    /// Adds one row's key in a month (a month index); NULL keys are skipped.
    mutating func add(_ key: SQLValue, month: Int) {
        guard let id = ids.id(of: key) else { return }
        pairs.append(id << 32 | month)
    }

    /// Groups the rows by key and month.
    mutating func finish() {
        pairs.sort()
        starts = [0]
        var previousKey = -1
        for pair in pairs {
            let key = pair >> 32
            let month = pair & 0xFFFF_FFFF
            if key == previousKey, months.last == month {
                rows[rows.count - 1] += 1
                continue
            }
            if key != previousKey, previousKey >= 0 { starts.append(months.count) }
            previousKey = key
            months.append(month)
            rows.append(1)
        }
        if previousKey >= 0 { starts.append(months.count) }
        pairs = []
        ids = KeyInterner()
        makeMasks()
    }

    private mutating func makeMasks() {
        guard let first = months.min(), let last = months.max(), last - first < 64 else { return }
        firstMonth = first
        masks = (0..<keyCount).map { key in
            var mask: UInt64 = 0
            for index in starts[key]..<starts[key + 1] { mask |= 1 << UInt64(months[index] - first) }
            return mask
        }
    }

    /// The bits of a window's months, or nil when the keys have no masks.
    private func mask(of window: ClosedRange<Int>) -> UInt64? {
        guard !masks.isEmpty else { return nil }
        let low = max(window.lowerBound - firstMonth, 0)
        let high = min(window.upperBound - firstMonth, 63)
        guard low <= high else { return 0 }
        let width = high - low + 1
        return (width == 64 ? ~0 : (1 << UInt64(width)) - 1) << UInt64(low)
    }

    /// The number of keys occurring in a window of month indices.
    func distinctCount(in window: ClosedRange<Int>) -> Int {
        let bits = mask(of: window)
        var count = 0
        for key in 0..<keyCount where occurs(key, in: window, bits) { count += 1 }
        return count
    }

    /// The value of a customer-based measure over a window (keys are customers), or nil when no
    /// customer was active in it (and, for retention, none in the window before).
    func cell(_ kind: CustomerMeasureKind, window: ClosedRange<Int>, before: ClosedRange<Int>) -> MeasureTable.Cell? {
        switch kind {
        case .retention, .churn:
            let windowBits = mask(of: window)
            let beforeBits = mask(of: before)
            var base = 0
            var kept = 0
            var anyActivity = false
            for key in 0..<keyCount {
                let inWindow = occurs(key, in: window, windowBits)
                anyActivity = anyActivity || inWindow
                guard occurs(key, in: before, beforeBits) else { continue }
                base += 1
                if inWindow { kept += 1 }
            }
            guard base > 0 || anyActivity else { return nil }
            guard base > 0 else { return .empty }
            let share = Double(kept) / Double(base)
            return .value(kind == .churn ? 1 - share : share)
        case .repeatRate:
            let bits = mask(of: window)
            var customers = 0
            var repeaters = 0
            for key in 0..<keyCount where occurs(key, in: window, bits) {
                let count = rowCount(key, in: window)
                guard count > 0 else { continue }
                customers += 1
                if count >= 2 { repeaters += 1 }
            }
            return customers == 0 ? nil : .value(Double(repeaters) / Double(customers))
        case .newCustomers:
            let bits = mask(of: window)
            var new = 0
            var anyActivity = false
            for key in 0..<keyCount {
                if window.contains(months[starts[key]]) { new += 1 }
                anyActivity = anyActivity || occurs(key, in: window, bits)
            }
            return anyActivity ? .value(Double(new)) : nil
        }
    }

    private var keyCount: Int { max(starts.count - 1, 0) }

    /// Whether the key occurs in the window; `bits` is the window's mask when the keys have masks.
    private func occurs(_ key: Int, in window: ClosedRange<Int>, _ bits: UInt64?) -> Bool {
        if let bits { return masks[key] & bits != 0 }
        for index in starts[key]..<starts[key + 1] where window.contains(months[index]) { return true }
        return false
    }

    private func rowCount(_ key: Int, in window: ClosedRange<Int>) -> Int {
        var count = 0
        for index in starts[key]..<starts[key + 1] where window.contains(months[index]) { count += rows[index] }
        return count
    }
}
