/// Numbers keys 0, 1, 2, … in order of first appearance, integers and text apart.
///
/// Small non-negative integers (as a table's keys usually are) are looked up in an array of at
/// most 4 bytes each rather than hashed; other integers and text keys are hashed.
///
/// ```swift
/// var index = KeyIndex()
/// index.index(ofInteger: 42)    // (0, true)
/// index.index(ofText: "C-7")    // (1, true)
/// index.index(ofInteger: 42)    // (0, false)
/// ```
struct KeyIndex {
    /// The number of keys seen.
    private(set) var count = 0
    /// Indices of the integer keys below ``denseLimit`` (−1 for unseen).
    private var dense: [Int32] = []
    private var integers: [Int64: Int] = [:]
    private var texts: [String: Int] = [:]

    /// Integer keys from 0 up to this are looked up in an array instead of a dictionary.
    private static let denseLimit: Int64 = 1 << 22

    /// True when every key seen is an integer.
    var allIntegers: Bool { texts.isEmpty }

    /// The index of an integer key, and whether it is new.
    mutating func index(ofInteger number: Int64) -> (index: Int, isNew: Bool) {
        guard Self.hasSlot(number) else {
            if let index = integers[number] { return (index, false) }
            integers[number] = count
            return (next(), true)
        }
        let slot = Int(number)
        if slot >= dense.count {
            // Half again: keys are usually ids up to about the number of keys.
            dense.append(
                contentsOf: repeatElement(-1, count: min(slot + slot / 2 + 1, Int(Self.denseLimit)) - dense.count))
        }
        if dense[slot] >= 0 { return (Int(dense[slot]), false) }
        dense[slot] = Int32(count)
        return (next(), true)
    }

    /// Whether an integer key is looked up in the array (a slot) rather than hashed.
    static func hasSlot(_ number: Int64) -> Bool { (0..<denseLimit).contains(number) }

    /// The indices of the integer keys with a slot, in the order of the keys.
    func slottedIndices() -> [Int32] { dense.filter { $0 >= 0 } }

    /// The index of a text key, and whether it is new.
    mutating func index(ofText text: String) -> (index: Int, isNew: Bool) {
        if let index = texts[text] { return (index, false) }
        texts[text] = count
        return (next(), true)
    }

    private mutating func next() -> Int {
        count += 1
        return count - 1
    }
}
