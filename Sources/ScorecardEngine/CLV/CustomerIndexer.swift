import ScorecardSQL

/// Numbers the customers of a scan in order of first appearance, and orders them by id.
///
/// Integer ids stay integers; anything else is keyed by its text (``KeyIndex``). Small
/// non-negative integer ids (a table's keys, usually) are kept only as their slots in the key
/// index, whose walk gives them in id order; other ids are kept by index: a million customers
/// numbered 1 to 1,000,000 hold 4 MB of slots and no ids.
///
/// ```swift
/// var indexer = CustomerIndexer()
/// indexer.index(of: .integer(42), text: "42")    // 0
/// indexer.index(of: .text("C-7"), text: "C-7")   // 1
/// indexer.index(of: .integer(42), text: "42")    // 0
/// ```
struct CustomerIndexer {
    private var keys = KeyIndex()
    /// The ids the key index holds no slot for (texts, negative or large integers), by index.
    private var otherIDs: [Int: CustomerID] = [:]

    /// The index of a (non-NULL) customer column value; `text` is its text as SQLite converts it, read only when needed.
    mutating func index(of value: SQLValue, text: @autoclosure () -> String) -> Int {
        switch value {
        case .integer(let number):
            return index(ofInteger: number)
        default:
            let text = text()
            let (index, isNew) = keys.index(ofText: text)
            if isNew { otherIDs[index] = .text(text) }
            return index
        }
    }

    /// The index of an integer customer id.
    mutating func index(ofInteger number: Int64) -> Int {
        let (index, isNew) = keys.index(ofInteger: number)
        if isNew && !KeyIndex.hasSlot(number) { otherIDs[index] = .integer(number) }
        return index
    }

    /// True when every id seen is an integer.
    var allIntegers: Bool { keys.allIntegers }

    /// The customers' indices in id order: integers ascending, then texts by their bytes (as
    /// ``CustomerID`` orders them); 32-bit, as a scan's customers fit in memory. The ids with a
    /// slot lie between the negative integers and the larger ones, in the order of their slots.
    func order() -> [Int32] {
        let slotted = keys.slottedIndices()
        guard !otherIDs.isEmpty else { return slotted }
        let others = otherIDs.sorted { $0.value < $1.value }
        let negatives = others.prefix { if case .integer(let id) = $0.value { id < 0 } else { false } }
        return negatives.map { Int32($0.key) } + slotted + others.dropFirst(negatives.count).map { Int32($0.key) }
    }
}
