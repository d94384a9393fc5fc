import Foundation
import ScorecardSQL

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
    /// Per dimension, the first ``candidateLimit`` values seen: their bytes, one after another,
    /// and where each starts, with its index (plain values, so a lookup retains nothing).
    private var candidateBytes: [[UInt8]] = []
    private var candidates: [[Candidate]] = []

    private struct Candidate {
        let start: Int
        let count: Int
        let index: Int32
    }

    private static let candidateLimit = 32

    /// The index of the column's value in `names` (adding it when new), or −1 for NULL.
    mutating func index(of row: any SQLRows, column: Int, dimension: Int) -> Int32 {
        while candidates.count <= dimension {
            candidates.append([])
            candidateBytes.append([])
        }
        let found = row.withUTF8(column) { bytes in find(bytes, dimension: dimension) }
        guard let found else { return -1 }
        if let found { return found }
        let name = row.text(column)!
        let index = byName[name] ?? Int32(names.count)
        if index == Int32(names.count) {
            byName[name] = index
            names.append(name)
        }
        if candidates[dimension].count < Self.candidateLimit {
            candidates[dimension].append(
                Candidate(start: candidateBytes[dimension].count, count: name.utf8.count, index: index))
            candidateBytes[dimension].append(contentsOf: name.utf8)
        }
        return index
    }

    /// The index of a value among the dimension's candidates, or nil when it is not one of them.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, dimension: Int) -> Int32? {
        candidateBytes[dimension].withUnsafeBufferPointer { stored in
            for candidate in candidates[dimension] where candidate.count == bytes.count {
                if bytes.isEmpty || memcmp(stored.baseAddress! + candidate.start, bytes.baseAddress!, bytes.count) == 0
                {
                    return candidate.index
                }
            }
            return nil
        }
    }
}
