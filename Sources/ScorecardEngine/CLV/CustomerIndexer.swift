import ScorecardSQL

/// Numbers the customers of a scan in order of first appearance, keeping their ids.
///
/// Integer ids stay integers; anything else is keyed by its text (``KeyIndex``). The ids are
/// kept as 8-byte integers, the few texts aside: a million customers' ids hold 8 MB, not 24.
///
/// ```swift
/// var indexer = CustomerIndexer()
/// indexer.index(of: .integer(42), text: "42")    // 0
/// indexer.index(of: .text("C-7"), text: "C-7")   // 1
/// indexer.index(of: .integer(42), text: "42")    // 0
/// ```
struct CustomerIndexer {
    /// Per index, the integer id (0 where the id is a text).
    private var integerIDs: [Int64] = []
    /// The text ids, by index.
    private var textIDs: [Int: String] = [:]
    private var keys = KeyIndex()

    /// The index of a (non-NULL) customer column value; `text` is its text as SQLite converts it, read only when needed.
    mutating func index(of value: SQLValue, text: @autoclosure () -> String) -> Int {
        switch value {
        case .integer(let number):
            return index(ofInteger: number)
        default:
            let text = text()
            let (index, isNew) = keys.index(ofText: text)
            if isNew {
                textIDs[index] = text
                integerIDs.append(0)
            }
            return index
        }
    }

    /// The index of an integer customer id.
    mutating func index(ofInteger number: Int64) -> Int {
        let (index, isNew) = keys.index(ofInteger: number)
        if isNew { integerIDs.append(number) }
        return index
    }

    /// True when every id seen is an integer.
    var allIntegers: Bool { keys.allIntegers }

    /// The customers' indices in id order: integers ascending, then texts by their bytes (as
    /// ``CustomerID`` orders them); 32-bit, as a scan's customers fit in memory.
    func order() -> [Int32] {
        var order = (0..<Int32(integerIDs.count)).map { $0 }
        guard allIntegers else {
            let ids = integerIDs.indices.map { textIDs[$0].map(CustomerID.text) ?? .integer(integerIDs[$0]) }
            order.sort { ids[Int($0)] < ids[Int($1)] }
            return order
        }
        order.sort { integerIDs[Int($0)] < integerIDs[Int($1)] }
        return order
    }
}
