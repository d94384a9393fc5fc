import ArgumentParser
import Foundation
import ScorecardEngine
import ScorecardRender

/// The options `run` and `render` share: output folder, resolution and paper.
struct RenderOptions: ParsableArguments {
    @Option(help: "The folder for report folders (one per period).")
    var out = "reports"

    /// Takes the next argument even when it starts with a dash, so `--dpi -5` gets the range
    /// message below instead of ArgumentParser's "Missing value".
    @Option(parsing: .unconditional, help: "Resolution of the PNG scorecards in dots per inch (18 to 1200).")
    var dpi: Double = 144

    @Option(help: "Paper size of the board pack, landscape: a4 or letter.")
    var paper: PaperOption = .a4

    /// `--paper` values.
    enum PaperOption: String, ExpressibleByArgument, CaseIterable {
        case a4, letter
        var paper: Paper { self == .a4 ? .a4 : .letter }
    }

    func validate() throws {
        guard dpi >= 18, dpi <= 1200 else {
            throw ValidationError("--dpi must be between 18 and 1200 dots per inch, not \(dpi)")
        }
    }

    /// The rendered board pack and PNGs for `values`; the PDF date comes from SOURCE_DATE_EPOCH
    /// or the period's close, so the files depend on the inputs only.
    func renderedFiles(_ values: ScorecardValues, snapshot: Date?) throws -> [RenderedFile] {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        let date = PDFMetadata.date(sourceDateEpoch: epoch, periodEnd: values.periodEnd)
        let formatter = ValueFormatter(currency: values.currency, locale: values.locale)
        let close = ISO8601DateFormatter().date(from: date) ?? Date(timeIntervalSince1970: 0)
        let asOf = snapshot.map(formatter.dateTime) ?? "\(formatter.day(close)) (period close)"
        let renderer = BoardPackRenderer(
            values: values, paper: paper.paper, dpi: dpi, date: date, dataAsOf: asOf,
            creator: "scorecard \(Scorecard.version)")
        return try renderer.files()
    }
}
