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
            Folders are searched for *.kpi files; all files given share one namespace. The commentary \
            files (commentary/*.md beside the metrics folder, or --commentary) are checked against \
            the KPI ids once the metrics have no errors. Exits 0 when \
            there are no errors (warnings allowed) and 1 when there are. Diagnostics go to standard \
            error; with --format json a JSON array goes to standard output instead.
            """
    )

    @Argument(help: "Metrics files or folders to check.")
    var paths: [String] = ["metrics"]

    @Option(help: "Output format: text (for people) or json (for editors and CI).")
    var format: DiagnosticsFormat = .text

    @OptionGroup var commentary: CommentaryOptions

    func run() throws {
        let result = MetricsLoader.check(paths: paths)
        // Commentary files are checked against the KPI ids once the metrics have none of their own errors.
        let comments = result.model.flatMap { model in
            result.errorCount == 0
                ? CommentaryCheck(
                    folder: commentary.folder(metrics: paths.first ?? "metrics"), kpis: model.kpis.map(\.id)) : nil
        }
        let errors = result.errorCount + (comments?.issues.count ?? 0)
        switch format {
        case .json:
            FileHandle.standardOutput.write(
                Data((comments?.json(after: result.diagnostics) ?? DiagnosticRenderer.json(result.diagnostics)).utf8))
        case .text:
            let text =
                result.diagnostics.map { DiagnosticRenderer.text($0) + "\n" }.joined()
                + (comments?.issues.map { $0.description + "\n" }.joined() ?? "")
            let files =
                comments.map {
                    $0.fileCount > 0 ? ", \($0.fileCount) commentary file\($0.fileCount == 1 ? "" : "s")" : ""
                } ?? ""
            let summary =
                "checked \(result.fileCount) file\(result.fileCount == 1 ? "" : "s"), \(result.kpiCount) KPI\(result.kpiCount == 1 ? "" : "s")\(files): "
                + DiagnosticRenderer.summary(errors: errors, warnings: result.warningCount)
            FileHandle.standardError.write(Data((text + summary + "\n").utf8))
        }
        if errors > 0 { throw CommandFailure(message: "", exitCode: 1) }
    }
}
