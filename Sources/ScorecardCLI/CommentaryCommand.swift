import ArgumentParser
import Foundation
import ScorecardEngine

/// `scorecard commentary`: writes a commentary skeleton for a period, listing the KPIs off target.
struct CommentaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commentary",
        abstract: "Write a commentary file to fill in for a period, listing the KPIs off target with their variances.",
        discussion: """
            Evaluates the period and writes commentary/<period>.md beside the metrics folder (or into \
            --commentary): a header with an empty message and one section per KPI whose status is \
            amber or red, recording its value. Fill in the message and a few sentences per KPI; \
            `scorecard run` then shows them in the board pack, the workbook and values.json. An \
            existing file is kept unless --force is given; --stdout prints the skeleton instead.
            """
    )

    @OptionGroup var inputs: EvaluationInputs
    @OptionGroup var commentary: CommentaryOptions

    @Flag(help: "Replace an existing commentary file.")
    var force = false

    @Flag(help: "Print the skeleton instead of writing the file.")
    var stdout = false

    func run() throws {
        let model = try inputs.loadModel()
        let period = try inputs.reportingPeriod(model)
        let path = commentary.path(metrics: inputs.metrics, period: period.label)
        if !stdout, !force, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.input(
                "error: \(path) exists; edit it, or pass --force to replace it with a new skeleton")
        }
        let values = try Evaluator(model: model).evaluate(
            database: try inputs.openDatabase(), period: period, progress: TerminalProgress.ifInteractive())
        TerminalProgress.finish()
        let skeleton = CommentarySkeleton(values: values)
        if stdout { return print(skeleton.text, terminator: "") }
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(skeleton.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure.environment(
                "error: cannot write \(path): \(FileErrorReason.describe(error, path: path))")
        }
        print(path)
        FileHandle.standardError.write(
            Data(
                "\(skeleton.offTarget.count) KPI\(skeleton.offTarget.count == 1 ? "" : "s") off target to comment on\n"
                    .utf8))
    }
}
