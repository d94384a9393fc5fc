import ArgumentParser
import Foundation
import ScorecardEngine
import ScorecardRender

/// `scorecard render`: re-renders the board pack and PNGs from a saved values.json, no database.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Re-render the board pack, PNG scorecards and workbook from a saved values.json.",
        discussion: """
            Writes board-pack.pdf, scorecard.png, stage-<stage>.png and scorecard.xlsx into --out (default: the folder \
            holding values.json). The "data as of" time comes from manifest.json beside values.json \
            when there is one.
            """
    )

    @Option(help: "The values.json written by `scorecard run` or `scorecard eval --format json`.")
    var values: String

    @Option(help: "The folder to write into (default: the folder of values.json).")
    var out: String?

    /// Takes the next argument even when it starts with a dash (`--dpi -5` gets the range message).
    @Option(parsing: .unconditional, help: "Resolution of the PNG scorecards in dots per inch (18 to 1200).")
    var dpi: Double = 144

    @Option(help: "Paper size of the board pack, landscape: a4 or letter.")
    var paper: RenderOptions.PaperOption = .a4

    func run() throws {
        var options = RenderOptions()
        options.dpi = dpi
        options.paper = paper
        try options.validate()
        let source = URL(fileURLWithPath: values)
        let scorecard: ScorecardValues
        do {
            scorecard = try ScorecardValues.decode(try Data(contentsOf: source))
        } catch let error as DecodingError {
            throw CommandFailure.input("error: \(values) is not a scorecard values file: \(error)")
        } catch {
            throw CommandFailure.environment(
                "error: cannot read \(values): \(FileErrorReason.describe(error, path: values))")
        }
        let folder = out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? source.deletingLastPathComponent()
        let files = try options.renderedFiles(scorecard, snapshot: manifestSnapshot(beside: source))
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.environment(
                "error: cannot create \(folder.path): \(FileErrorReason.describe(error, path: folder.path))")
        }
        for file in files {
            let target = folder.appendingPathComponent(file.name)
            do {
                try file.data.write(to: target, options: .atomic)
            } catch {
                throw CommandFailure.environment(
                    "error: cannot write \(target.path): \(FileErrorReason.describe(error, path: target.path))")
            }
            print(target.path)
        }
    }

    /// The snapshot time recorded in manifest.json next to the values, if any.
    private func manifestSnapshot(beside values: URL) -> Date? {
        let manifest = values.deletingLastPathComponent().appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: manifest),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let snapshot = object["snapshot"] as? String
        else { return nil }
        return ISO8601DateFormatter().date(from: snapshot)
    }
}
