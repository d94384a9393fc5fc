import ScorecardSQL

/// Numbers the customers of a scan in order of first appearance, and orders them by id.
///
/// Integer ids stay integers; anything else is keyed by its text (``KeyIndex``). Small
/// non-negative integer ids (a table's keys, usually) are kept only as their slots in the key
/// index, whose walk gives them in id order; other ids are kept with their index: a million
/// customers numbered 1 to 1,000,000 hold 4 MB of slots and no ids.
///
/// ```swift
/// var indexer = CustomerIndexer()
/// indexer.index(of: .integer(42), text: "42")    // 0
/// indexer.index(of: .text("C-7"), text: "C-7")   // 1
/// indexer.index(of: .integer(42), text: "42")    // 0
/// ```
struct CustomerIndexer {
    private var keys = KeyIndex()
    /// The integer ids the key index holds no slot for (negative or large), with their indices.
    private var unslotted: [(index: Int32, id: Int64)] = []
    /// The text ids, with their indices.
    private var texts: [(index: Int32, id: String)] = []

    /// The index of a (non-NULL) customer column value; `text` is its text as SQLite converts it, read only when needed.
    mutating func index(of value: SQLValue, text: @autoclosure () -> String) -> Int {
        switch value {
        case .integer(let number):
            return index(ofInteger: number)
        default:
            let text = text()
            let (index, isNew) = keys.index(ofText: text)
            if isNew { texts.append((Int32(index), text)) }
            return index
        }
    }

    /// The index of an integer customer id.
    mutating func index(ofInteger number: Int64) -> Int {
        let (index, isNew) = keys.index(ofInteger: number)
        if isNew && !KeyIndex.hasSlot(number) { unslotted.append((Int32(index), number)) }
        return index
    }

    /// True when every id seen is an integer.
    var allIntegers: Bool { keys.allIntegers }

    /// The customers' indices in id order: integers ascending, then texts by their bytes (as
    /// ``CustomerID`` orders them); 32-bit, as a scan's customers fit in memory. The ids with a
    /// slot lie between the negative integers and the larger ones, in the order of their slots.
    func order() -> [Int32] {
        let slotted = keys.slottedIndices()
        guard !unslotted.isEmpty || !texts.isEmpty else { return slotted }
        let integers = unslotted.sorted { $0.id < $1.id }
        let negatives = integers.prefix { $0.id < 0 }
        return negatives.map(\.index) + slotted + integers.dropFirst(negatives.count).map(\.index)
            + texts.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.map(\.index)
    }
}
