import ArgumentParser
import Foundation
import ScorecardEngine
import ScorecardModel
import ScorecardRender

/// `scorecard run`: evaluates a period and publishes its report folder atomically.
struct RunCommand: ParsableCommand, DiagnosticsFormatting {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate a period and write its board pack, PNG scorecards, values and manifest.",
        discussion: """
            Writes <out>/<period>/: board-pack.pdf, scorecard.png, stage-<stage>.png, scorecard.xlsx, \
            values.json, values.csv and manifest.json. Before evaluating, checks that every source's data covers \
            the period (exit 4 "data incomplete" otherwise, unless --allow-incomplete). Holds a lock \
            on <out> (a second run waits), compares the values with what earlier runs published \
            (<out>/ledger.jsonl) and lists restatements, keeps an earlier report of the same period \
            as <out>/<period>/editions/<n>/ and switches the new folder into place in one atomic \
            step. The same inputs give byte-identical files: the PDF date is SOURCE_DATE_EPOCH when \
            set, else the period's close. See docs/scheduling.md.
            """
    )

    @OptionGroup var inputs: EvaluationInputs
    @OptionGroup var options: RenderOptions
    @OptionGroup var commentary: CommentaryOptions

    @Flag(
        help:
            "Publish even when a source's data does not cover the period; every page and values.json are marked provisional."
    )
    var allowIncomplete = false

    @Option(
        help: ArgumentHelp(
            "Relative change below which a published value of a unit other than money and count is not "
                + "restated; overrides the scorecard's restatement_tolerance (default 0.0001).", valueName: "fraction"))
    var restatementTolerance: Double?

    @Option(
        help: ArgumentHelp(
            "How errors in the metrics and the data are written: text on standard error, or json (the JSON "
                + "array of `check --format json`) on standard output.", valueName: "format"))
    var diagnosticsFormat: DiagnosticsFormat = .text

    func validate() throws {
        guard let restatementTolerance else { return }
        guard restatementTolerance >= 0, restatementTolerance < 1 else {
            throw ValidationError("--restatement-tolerance must be at least 0 and below 1")
        }
    }

    func run() throws {
        let model = try inputs.loadModel()
        let period = try inputs.reportingPeriod(model)
        let comments = try commentary.load(metrics: inputs.metrics, period: period.label, kpis: model.kpis.map(\.id))
        // Connected before the output folder is locked (and made): a database that cannot be
        // reached leaves no trace in the output folder.
        let database = try inputs.openDatabase()
        let out = URL(fileURLWithPath: options.out, isDirectory: true)
        let lock = try OutputLock.acquire(in: out)
        defer { lock.release() }
        let evaluatedAt = Date()
        var values = try Evaluator(model: model).evaluate(
            database: database, period: period, requireCoverage: !allowIncomplete,
            progress: TerminalProgress.ifInteractive())
        let databaseName = database.displayName
        database.close()
        TerminalProgress.finish()
        inputs.warnAboutSkippedRows(values)
        warnIfProvisional(values)
        if let comments { values = values.commented(with: comments.commentary) }
        let ledger = PublicationLedger(folder: out)
        let comparisons = Comparisons(
            period: period, fiscal: FiscalCalendar(startMonth: model.settings.fiscalYearStart))
        let published = PublishedWindows(values: values, comparisons: comparisons)
        let tolerance = restatementTolerance ?? model.settings.restatementTolerance
        values.restatements = restatements(published.values, of: values, ledger: ledger, tolerance: tolerance)
        let snapshot = try snapshotTime(evaluatedAt: evaluatedAt)
        var files = try options.renderedFiles(values, snapshot: snapshot).map { (name: $0.name, data: $0.data) }
        files.append((name: "values.json", data: try values.jsonData()))
        files.append((name: "values.csv", data: Data(values.csv().utf8)))
        let writer = ReportFolderWriter(parent: out, name: values.period)
        var manifest = try manifest(
            values: values, snapshot: snapshot, files: files, writer: writer, databaseName: databaseName)
        manifest.commentary = comments.map {
            RunManifest.HashedFile(path: $0.path, sha256: SHA256.hex(Data($0.text.utf8)))
        }
        files.append((name: "manifest.json", data: try manifest.jsonData()))
        let paths = try writer.write(files)
        try ledger.append(
            LedgerEntry(
                period: values.period, edition: manifest.edition ?? 1, publishedAt: PDFMetadata.iso(Date()),
                provisional: values.provisional ?? false, database: manifest.database, metrics: manifest.metrics,
                values: published.values))
        for path in paths { print(path) }
        if let comments { try commentary.fillIn(comments, values: values) }
    }

    /// The manifest with the edition number and the changes against the edition in place.
    private func manifest(
        values: ScorecardValues, snapshot: Date, files: [(name: String, data: Data)], writer: ReportFolderWriter,
        databaseName: String
    ) throws -> RunManifest {
        var manifest = try RunManifest(
            period: values.period, toolVersion: Scorecard.version, snapshot: PDFMetadata.iso(snapshot),
            database: DatabaseOpening.isURL(inputs.db) ? .server(databaseName) : .file(inputs.db),
            metrics: inputs.metrics, files: files)
        manifest.provisional = values.provisional ?? false
        manifest.badRows = values.badRows
        let previous = writer.currentEdition()
        manifest.edition = (previous ?? 0) + 1
        if let previous, let old = writer.currentManifest() {
            manifest.changes = EditionChanges(
                from: old, edition: previous, to: manifest, restatedValues: values.restatements?.count ?? 0)
        }
        return manifest
    }

    /// The restatements against the ledger, announced in one line on standard error.
    private func restatements(
        _ current: [LedgerEntry.Value], of values: ScorecardValues, ledger: PublicationLedger,
        tolerance: Double
    ) -> [Restatement] {
        let (entries, warnings) = ledger.entries()
        for warning in warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        let labels = Dictionary(values.kpis.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let found = RestatementFinder(tolerance: tolerance).restatements(of: current, labels: labels, ledger: entries)
        if !found.isEmpty {
            let listed = found.prefix(5).map { "\($0.kpi) \($0.window)" }.joined(separator: ", ")
            let more = found.count > 5 ? " and \(found.count - 5) more" : ""
            FileHandle.standardError.write(
                Data(
                    """
                    restated since last published: \(found.count) value\(found.count == 1 ? "" : "s") (\(listed)\(more)); \
                    see values.json "restatements" and the pack's "Restated since last published" page\n
                    """.utf8))
        }
        return found
    }

    private func warnIfProvisional(_ values: ScorecardValues) {
        let short = (values.dataCoverage ?? []).filter { !$0.covers }
        guard !short.isEmpty else { return }
        let lines =
            short.map { "warning: data incomplete: \($0.shortfall(period: values.period))" }
            + ["warning: publishing a provisional pack (--allow-incomplete): every page and values.json say so"]
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// SOURCE_DATE_EPOCH when set, else the database file's modification time: the data's
    /// snapshot; for a database server, when the evaluation's snapshot was taken.
    private func snapshotTime(evaluatedAt: Date) throws -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ TimeInterval($0) }) {
            return Date(timeIntervalSince1970: epoch)
        }
        if DatabaseOpening.isURL(inputs.db) {
            return Date(timeIntervalSince1970: evaluatedAt.timeIntervalSince1970.rounded(.down))
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: inputs.db)
        guard let modified = attributes?[.modificationDate] as? Date else {
            throw CommandFailure.environment("error: cannot read the modification time of \(inputs.db)")
        }
        return Date(timeIntervalSince1970: modified.timeIntervalSince1970.rounded(.down))
    }
}
