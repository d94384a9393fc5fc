import ScorecardSQL

/// Numbers the distinct keys of a column 0, 1, 2, … in order of first appearance.
///
/// Keys compare like SQL text (`CAST(key AS TEXT)`): the integer 42 and the text '42' are one
/// key. Small non-negative integers (the usual customer and order ids) are looked up in an array.
struct KeyInterner {
    private var denseIDs: [Int32] = []
    private var integerIDs: [Int64: Int] = [:]
    private var textIDs: [String: Int] = [:]
    private(set) var count = 0
    private static let denseLimit: Int64 = 1 << 22

    /// The id of a key, or nil for NULL. Real numbers must come as SQLite's text for them.
    mutating func id(of key: SQLValue) -> Int? {
        switch key {
        case .null: return nil
        case .integer(let integer): return id(of: integer)
        case .text(let text): return Int64(text).flatMap { String($0) == text ? id(of: $0) : nil } ?? id(of: text)
        case .real(let real): return id(of: "\(real)")
        case .blob(let bytes): return id(of: String(decoding: bytes, as: UTF8.self))
        }
    }

    private mutating func id(of key: Int64) -> Int {
        guard key >= 0, key < Self.denseLimit else {
            if let id = integerIDs[key] { return id }
            integerIDs[key] = count
            return next()
        }
        let index = Int(key)
        if index >= denseIDs.count {
            let size = min(max(index + 1, 2 * denseIDs.count), Int(Self.denseLimit))
            denseIDs += Array(repeating: -1, count: size - denseIDs.count)
        }
        if denseIDs[index] >= 0 { return Int(denseIDs[index]) }
        denseIDs[index] = Int32(count)
        return next()
    }

    private mutating func id(of key: String) -> Int {
        if let id = textIDs[key] { return id }
        textIDs[key] = count
        return next()
    }

    private mutating func next() -> Int {
        count += 1
        return count - 1
    }
}
