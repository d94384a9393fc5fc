import ArgumentParser
import Foundation
import ScorecardLanguage
import ScorecardModel

/// `scorecard check`: validates metrics files like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check metrics files and report every problem with its file, line and column.",
        discussion: """
            Folders are searched for *.kpi files; all files given share one namespace. Exits 0 when \
            there are no errors (warnings allowed) and 1 when there are. Diagnostics go to standard \
            error; with --format json a JSON array goes to standard output instead.
            """
    )

    /// How diagnostics are printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Metrics files or folders to check.")
    var paths: [String] = ["metrics"]

    @Option(help: "Output format: text (for people) or json (for editors and CI).")
    var format: OutputFormat = .text

    func run() throws {
        let result = MetricsLoader.check(paths: paths)
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(DiagnosticRenderer.json(result.diagnostics).utf8))
        case .text:
            let text = result.diagnostics.map { DiagnosticRenderer.text($0) + "\n" }.joined()
            let summary = "checked \(result.fileCount) file\(result.fileCount == 1 ? "" : "s"), \(result.kpiCount) KPI\(result.kpiCount == 1 ? "" : "s"): "
                + DiagnosticRenderer.summary(errors: result.errorCount, warnings: result.warningCount)
            FileHandle.standardError.write(Data((text + summary + "\n").utf8))
        }
        if result.errorCount > 0 { throw CommandFailure(message: "", exitCode: 1) }
    }
}
