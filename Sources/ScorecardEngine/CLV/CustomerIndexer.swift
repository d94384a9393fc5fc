import ScorecardSQL

/// Numbers the customers of a scan in order of first appearance, keeping their ids.
///
/// Integer ids stay integers; anything else is keyed by its text (``KeyIndex``).
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
    private var keys = KeyIndex()

    /// The index of a (non-NULL) customer column value; `text` is its text as SQLite converts it, read only when needed.
    mutating func index(of value: SQLValue, text: @autoclosure () -> String) -> Int {
        switch value {
        case .integer(let number):
            return index(ofInteger: number)
        default:
            let text = text()
            let (index, isNew) = keys.index(ofText: text)
            if isNew { ids.append(.text(text)) }
            return index
        }
    }

    /// The index of an integer customer id.
    mutating func index(ofInteger number: Int64) -> Int {
        let (index, isNew) = keys.index(ofInteger: number)
        if isNew { ids.append(.integer(number)) }
        return index
    }

    /// True when every id seen is an integer.
    var allIntegers: Bool { keys.allIntegers }
}
