import ArgumentParser
import Foundation
import ScorecardEngine
import ScorecardRender

/// `scorecard run`: evaluates a period and writes its report folder atomically.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate a period and write its board pack, PNG scorecards, values and manifest.",
        discussion: """
            Writes <out>/<period>/: board-pack.pdf, scorecard.png, stage-<stage>.png, values.json, \
            values.csv and manifest.json. Everything is written into a temporary folder beside the \
            target and renamed into place only when all of it succeeded. The same inputs give \
            byte-identical files: the PDF date is SOURCE_DATE_EPOCH when set, else the period's close.
            """
    )

    @OptionGroup var inputs: EvaluationInputs
    @OptionGroup var options: RenderOptions

    func run() throws {
        let model = try inputs.loadModel()
        let period = try inputs.reportingPeriod(model)
        let values = try Evaluator(model: model).evaluate(databasePath: inputs.db, period: period, progress: TerminalProgress.ifInteractive())
        TerminalProgress.finish()
        inputs.warnAboutSkippedRows(values)
        let snapshot = try snapshotTime()
        var files = try options.renderedFiles(values, snapshot: snapshot).map { (name: $0.name, data: $0.data) }
        files.append((name: "values.json", data: try values.jsonData()))
        files.append((name: "values.csv", data: Data(values.csv().utf8)))
        let manifest = try RunManifest(period: values.period, toolVersion: Scorecard.version, snapshot: PDFMetadata.iso(snapshot),
                                       database: inputs.db, metrics: inputs.metrics, files: files)
        files.append((name: "manifest.json", data: try manifest.jsonData()))
        let writer = ReportFolderWriter(parent: URL(fileURLWithPath: options.out, isDirectory: true), name: values.period)
        for path in try writer.write(files) { print(path) }
    }

    /// SOURCE_DATE_EPOCH when set, else the database file's modification time: the data's snapshot.
    private func snapshotTime() throws -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ TimeInterval($0) }) {
            return Date(timeIntervalSince1970: epoch)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: inputs.db)
        guard let modified = attributes?[.modificationDate] as? Date else {
            throw CommandFailure.environment("error: cannot read the modification time of \(inputs.db)")
        }
        return Date(timeIntervalSince1970: modified.timeIntervalSince1970.rounded(.down))
    }
}
