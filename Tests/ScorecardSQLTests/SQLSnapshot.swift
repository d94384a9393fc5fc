import Foundation
import ScorecardSQL

/// A rendered statement kept as a file under `Snapshots/<dialect>/<name>.sql`: the SQL text, then
/// its bound values one per comment line.
///
/// ```sql
/// SELECT … WHERE ("t0_invoices"."invoice_date" >= ?)
/// -- bindings:
/// -- 1: text '2025-07-01'
/// ```
///
/// With `SCORECARD_RECORD_SNAPSHOTS=1` a comparison writes the file and fails, so a recording run
/// never passes; snapshots are never edited by hand.
struct SQLSnapshot {
    let dialect: String
    let name: String

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SCORECARD_RECORD_SNAPSHOTS"] == "1" }

    var url: URL { Self.folder.appendingPathComponent(dialect).appendingPathComponent(name + ".sql") }

    /// The file's text for a rendered statement.
    static func text(of rendered: RenderedSQL) -> String {
        let bindings = rendered.bindings.enumerated().map { index, value in "-- \(index + 1): \(describe(value))" }
        return rendered.text + "\n-- bindings:\n" + bindings.map { $0 + "\n" }.joined()
    }

    private static func describe(_ value: SQLValue) -> String {
        switch value {
        case .null: "null"
        case .integer: "integer \(value)"
        case .real: "real \(value)"
        case .text: "text \(value)"
        case .blob: "blob \(value)"
        }
    }

    /// Nil when the snapshot matches; otherwise why not (recorded, missing, or a diff).
    func mismatch(_ rendered: RenderedSQL) throws -> String? {
        let actual = Self.text(of: rendered)
        if Self.isRecording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return "recorded \(url.path); run again without SCORECARD_RECORD_SNAPSHOTS=1 to compare"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no snapshot at \(url.path); record it with SCORECARD_RECORD_SNAPSHOTS=1"
        }
        guard expected != actual else { return nil }
        return "\(url.path) differs (- snapshot, + rendered):\n" + Self.diff(expected, actual)
    }

    /// The lines between the common first and last lines: `-` the snapshot's, `+` the rendered ones.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let removed = old[prefix..<(old.count - suffix)].map { "- " + $0 }
        let added = new[prefix..<(new.count - suffix)].map { "+ " + $0 }
        return "@@ line \(prefix + 1)\n" + (removed + added).joined(separator: "\n")
    }
}
