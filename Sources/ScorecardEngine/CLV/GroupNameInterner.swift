import Foundation

/// Numbers the dimension values of a scan, reading them as bytes without making a string per row.
///
/// Each dimension's first few values are found by comparing bytes (dimensions usually have a
/// handful of values: regions, segments, channels); others by a dictionary of names.
///
/// ```swift
/// var interner = GroupNameInterner()
/// interner.index(of: statement, column: 3, dimension: 0)   // 0 for the first value seen, −1 for NULL
/// interner.names                                           // ["North"]
/// ```
struct GroupNameInterner {
    /// The values in order of first appearance.
    private(set) var names: [String] = []
    private var byName: [String: Int32] = [:]
    /// Per dimension, the first ``candidateLimit`` values seen, as bytes, with their index.
    private var candidates: [[(bytes: [UInt8], index: Int32)]] = []

    private static let candidateLimit = 32

    /// The index of the column's value in `names` (adding it when new), or −1 for NULL.
    mutating func index(of row: SQLiteStatement, column: Int, dimension: Int) -> Int32 {
        while candidates.count <= dimension { candidates.append([]) }
        let found = row.withUTF8(at: column) { bytes in
            candidates[dimension].first { $0.bytes.count == bytes.count && Self.equal($0.bytes, bytes) }?.index
        }
        guard let found else { return -1 }
        if let found { return found }
        let name = row.string(at: column)!
        let index = byName[name] ?? Int32(names.count)
        if index == Int32(names.count) {
            byName[name] = index
            names.append(name)
        }
        if candidates[dimension].count < Self.candidateLimit { candidates[dimension].append((Array(name.utf8), index)) }
        return index
    }

    private static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.withUnsafeBufferPointer { a in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
    }
}
