import ScorecardSQL

/// The months of each key in a row scan, as the key query would give them, in a few bits per key
/// and month (``SourceAggregateQueries/ScanKey``).
///
/// Keys compare as `CAST(key AS TEXT)` does: integers as themselves, text that is an integer's
/// text as that integer (the integer 42 and the text '42' are one key, '042' another), anything
/// else by its text. For each month from the earliest window (or the window just before it) to
/// the last window's end, two bits: a row, two rows or more; one more bit marks a row before
/// those months, which makes the key's first month earlier than every window. That is all
/// ``KeyWindowTally`` reads: the rows in a window (one, or two and more), and the first month.
/// Memory grows with the keys (a few bytes each), not the rows.
struct KeyMonthMasks {
    /// The month index of the first month with bits.
    private let firstMonth: Int
    private let monthCount: Int
    private let wordsPerKey: Int
    private var keys = KeyIndex()
    /// Per key (in ``KeyIndex`` order), ``wordsPerKey`` words of month bits.
    private var words: [UInt64] = []

    init(windows: [KeyWindowTally.Window]) {
        firstMonth = windows.map { min($0.months.lowerBound, $0.before.lowerBound) }.min() ?? 0
        let last = windows.map(\.months.upperBound).max() ?? firstMonth - 1
        monthCount = max(0, last - firstMonth + 1)
        wordsPerKey = (2 * monthCount + 1 + 63) / 64
    }

    /// Adds the current row of a scan if it counts for the key query: its month is readable,
    /// its key not NULL and it matches the key query's filter.
    mutating func add(_ row: any SQLRows, month: Int?, columns: SourceAggregateQueries.ScanKey) {
        guard let month, month - firstMonth < monthCount else { return }
        if let filter = columns.filterColumn, row.integer(filter) == 0 { return }
        let key: Int
        switch row.kind(columns.keyColumn) {
        case .null: return
        case .integer: key = slot(keys.index(ofInteger: row.integer(columns.keyColumn)))
        default:
            guard let text = row.text(columns.keyColumn) else { return }
            if let number = Int64(text), String(number) == text {
                key = slot(keys.index(ofInteger: number))
            } else {
                key = slot(keys.index(ofText: text))
            }
        }
        let offset = month - firstMonth
        let bit = offset < 0 ? 2 * monthCount : 2 * offset
        let word = key * wordsPerKey + bit / 64
        let mask = UInt64(1) << UInt64(bit % 64)
        // A second row in a month sets the bit next to the first (same word: pairs start at even bits).
        let seen = words[word] & mask != 0
        words[word] |= seen && offset >= 0 ? mask << 1 : mask
    }

    /// The windows' counts, as ``KeyWindowTally`` tallies the key query's rows.
    func tally(_ windows: [KeyWindowTally.Window]) -> KeyWindowTally {
        var tally = KeyWindowTally(windows: windows)
        var months: [(month: Int, rows: Int)] = []
        for key in 0..<keys.count {
            months.removeAll(keepingCapacity: true)
            let base = key * wordsPerKey
            if isSet(base, 2 * monthCount) { months.append((firstMonth - 1, 1)) }
            for offset in 0..<monthCount where isSet(base, 2 * offset) {
                months.append((firstMonth + offset, isSet(base, 2 * offset + 1) ? 2 : 1))
            }
            tally.add(keyMonths: months)
        }
        return tally
    }

    /// The key's index, with its words added when it is new.
    private mutating func slot(_ index: (index: Int, isNew: Bool)) -> Int {
        if index.isNew { words.append(contentsOf: repeatElement(0, count: wordsPerKey)) }
        return index.index
    }

    private func isSet(_ base: Int, _ bit: Int) -> Bool {
        words[base + bit / 64] & (UInt64(1) << UInt64(bit % 64)) != 0
    }
}
