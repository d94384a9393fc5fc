import ScorecardSQL

/// Numbers the customers of a scan in order of first appearance.
///
/// Integer ids stay integers (small non-negative ones, as a customers table's keys usually are,
/// are looked up in an array rather than hashed); anything else is keyed by its text.
///
/// ```swift
/// var indexer = CustomerIndexer()
/// indexer.index(of: .integer(42), text: "42")    // 0
/// indexer.index(of: .text("C-7"), text: "C-7")   // 1
/// indexer.index(of: .integer(42), text: "42")    // 0
/// ```
struct CustomerIndexer {
    /// The ids in order of first appearance.
    private(set) var ids: [CustomerID] = []
    /// Indices of the integer ids below ``denseLimit`` (−1 for unseen).
    private var dense: [Int32] = []
    private var integers: [Int64: Int] = [:]
    private var texts: [String: Int] = [:]

    /// Integer ids from 0 up to this are looked up in an array (at most 4 bytes each) instead of a dictionary.
    private static let denseLimit: Int64 = 1 << 22

    /// The index of a (non-NULL) customer column value; `text` is its text as SQLite converts it, read only when needed.
    mutating func index(of value: SQLValue, text: @autoclosure () -> String) -> Int {
        switch value {
        case .integer(let number):
            return index(ofInteger: number)
        default:
            let text = text()
            if let index = texts[text] { return index }
            texts[text] = append(.text(text))
            return ids.count - 1
        }
    }

    /// The index of an integer customer id.
    mutating func index(ofInteger number: Int64) -> Int {
        guard (0..<Self.denseLimit).contains(number) else {
            if let index = integers[number] { return index }
            integers[number] = append(.integer(number))
            return ids.count - 1
        }
        let slot = Int(number)
        if slot >= dense.count {
            dense.append(contentsOf: repeatElement(-1, count: min(slot * 2 + 1, Int(Self.denseLimit)) - dense.count))
        }
        if dense[slot] < 0 { dense[slot] = Int32(append(.integer(number))) }
        return Int(dense[slot])
    }

    /// True when every id seen is an integer.
    var allIntegers: Bool { texts.isEmpty }

    private mutating func append(_ id: CustomerID) -> Int {
        ids.append(id)
        return ids.count - 1
    }
}
