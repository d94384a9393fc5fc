import ArgumentParser
import Foundation
import ScorecardEngine

/// Where the controller's commentary files are: `--commentary`, by default `commentary/` beside the metrics folder.
struct CommentaryOptions: ParsableArguments {
    @Option(help: "The folder of commentary files, one per period (default: commentary/ beside the metrics folder).")
    var commentary: String?

    /// The folder for the metrics folder `metrics`, as a path to print (relative when `metrics` is).
    func folder(metrics: String) -> String {
        if let commentary { return commentary }
        var trimmed = metrics
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        // By hand: Foundation's deletingLastPathComponent traps on a one-character path ("m") on Linux.
        guard let slash = trimmed.lastIndex(of: "/") else { return "commentary" }
        let parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        return (parent as NSString).appendingPathComponent("commentary")
    }

    /// The commentary file of a period, e.g. `commentary/2026-10.md`.
    func path(metrics: String, period: String) -> String {
        (folder(metrics: metrics) as NSString).appendingPathComponent("\(period).md")
    }

    /// The period's commentary checked against the KPI ids, with its path and text; nil when there is no file.
    func load(metrics: String, period: String, kpis: [String]) throws -> (
        commentary: Commentary, path: String, text: String
    )? {
        let path = path(metrics: metrics, period: period)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CommandFailure.input(
                "error: cannot read \(path) as UTF-8 text: \(FileErrorReason.describe(error, path: path))")
        }
        let parsed = CommentaryParser(path: path, text: text).parse(period: period, kpis: kpis)
        guard parsed.issues.isEmpty else {
            let count = parsed.issues.count
            throw CommandFailure.input(
                parsed.issues.map(\.description).joined()
                    + "\(count) error\(count == 1 ? "" : "s") in the commentary: nothing was written")
        }
        return (parsed.commentary, path, text)
    }

    /// Records the values of comments that record none in the file (the first run after writing them).
    func fillIn(_ loaded: (commentary: Commentary, path: String, text: String), values: ScorecardValues) throws {
        guard let filled = CommentaryFiller(text: loaded.text).filled(loaded.commentary, values: values) else { return }
        do {
            try Data(filled.utf8).write(to: URL(fileURLWithPath: loaded.path), options: .atomic)
        } catch {
            throw CommandFailure.environment(
                "error: cannot record the values in \(loaded.path): \(FileErrorReason.describe(error, path: loaded.path))"
            )
        }
    }
}
