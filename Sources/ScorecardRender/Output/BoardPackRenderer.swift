import Foundation
import ScorecardResults

/// Renders a scorecard's values into the board pack PDF, `scorecard.png`, one PNG per stage and `scorecard.xlsx`.
///
/// ```swift
/// let renderer = BoardPackRenderer(values: values, paper: .a4, dpi: 144, date: "2026-05-31T23:59:59Z",
///                                  dataAsOf: "2026-05-31 23:59 UTC", creator: "scorecard 0.1.0")
/// for file in try renderer.files() { try file.data.write(to: folder.appendingPathComponent(file.name)) }
/// ```
public struct BoardPackRenderer: Sendable {
    /// The board pack's pages.
    public let layout: BoardPackLayout
    /// The resolution of the PNGs, in dots per inch.
    public let dpi: Double
    /// The PDF's document information.
    public let metadata: PDFMetadata

    /// A renderer of one period's values on a paper, with the PDF's fixed dates and creator.
    ///
    /// - Parameters:
    ///   - date: the PDF creation and modification date, ISO 8601 UTC (see `PDFMetadata.date`).
    ///   - dataAsOf: the snapshot time printed on the cover.
    public init(values: ScorecardValues, paper: Paper, dpi: Double, date: String, dataAsOf: String, creator: String) {
        layout = BoardPackLayout(context: LayoutContext(values: values, paper: paper, dataAsOf: dataAsOf))
        self.dpi = dpi
        let periodName = layout.context.periodName
        metadata = PDFMetadata(
            title: "\(values.title): board pack \(periodName)", author: values.organisation,
            subject: "KPI scorecard for \(values.period) (\(values.periodStart) to \(values.periodEnd))",
            creator: creator, keywords: "KPI, scorecard, CRM, \(values.period)", date: date)
    }

    /// The board pack PDF's bytes.
    public func pdf() throws -> Data {
        try PDFRenderer(paper: layout.context.paper, metadata: metadata).render(layout.pages())
    }

    /// `scorecard.png` and `stage-<id>.png` for every stage with KPIs.
    public func pngs() throws -> [RenderedFile] {
        let renderer = PNGRenderer(paper: layout.context.paper, dpi: dpi)
        var files = [RenderedFile(name: "scorecard.png", data: try renderer.render(layout.overview()))]
        for page in layout.stagePages() {
            files.append(RenderedFile(name: "\(page.name).png", data: try renderer.render(page)))
        }
        return files
    }

    /// `scorecard.xlsx`, created at the PDF's date so the same inputs give the same bytes.
    public func workbook() throws -> Data {
        let created = ISO8601DateFormatter().date(from: metadata.date) ?? Date(timeIntervalSince1970: 0)
        return try WorkbookWriter(values: layout.context.values, created: created).data()
    }

    /// Every rendered file: `board-pack.pdf` first, then the PNGs, then `scorecard.xlsx`.
    public func files() throws -> [RenderedFile] {
        [RenderedFile(name: "board-pack.pdf", data: try pdf())] + (try pngs()) + [
            RenderedFile(name: "scorecard.xlsx", data: try workbook())
        ]
    }
}
