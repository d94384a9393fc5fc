import Foundation
import ScorecardEngine
import ScorecardRender
import Testing

/// The pages an unattended run adds: restatements, data sources, and the provisional band.
@Suite struct PublicationPagesTests {
    /// The demo values, provisional (two sources short, one with a very long name), with 60
    /// restatements whose labels are the hostile ones.
    static func publishedValues() throws -> ScorecardValues {
        var values = try RenderFixture.values.get()
        values.provisional = true
        values.dataCoverage = [
            SourceCoverage(
                source: "orders", table: "orders", lastDate: "2026-05-15", neededDate: "2026-05-24", lag: "7 days"),
            SourceCoverage(
                source: "campaign_spend", table: "campaign_spend", lastDate: "2026-05-01", neededDate: "2026-04-30",
                lag: "1 month"),
            SourceCoverage(
                source: String(repeating: "very_long_source_name_", count: 6),
                table: String(repeating: "schema.table_", count: 8),
                lastDate: nil, neededDate: "2026-05-24", lag: "366 days"),
        ]
        values.restatements = (0..<60).map { index in
            let kpi = values.kpis[index % values.kpis.count]
            return Restatement(
                kpi: kpi.id, label: HostileLayoutTests.hostile[index % HostileLayoutTests.hostile.count] + kpi.label,
                unit: kpi.unit, window: index % 2 == 0 ? "2026-04" : "2025-06..2026-04",
                published: (kpi.value ?? 1) * 1e9, now: (kpi.value ?? 1) * -1e9,
                firstPublished: "2026-05-02T06:00:00Z", publishedIn: "2026-04")
        }
        return values
    }

    @Test(arguments: [Paper.a4, Paper.letter])
    func restatementsAndSourcesFitTheirCells(paper: Paper) throws {
        let values = try Self.publishedValues()
        let layout = BoardPackLayout(
            context: LayoutContext(values: values, paper: paper, dataAsOf: "2026-06-01 06:00 UTC"))
        let pages = layout.pages()
        let restatementPages = pages.filter { $0.name.hasPrefix("restatements-") }
        #expect(restatementPages.count >= 2)
        #expect(pages[1].name == "restatements-1")
        #expect(pages.last?.name == "data-sources-1")
        let listed = restatementPages.flatMap(\.textBoxes).filter { box in
            values.restatements!.contains { $0.label == box.text }
        }
        #expect(listed.count == 60, "every restatement is listed once")
        let measurer = TextMeasurer()
        for page in restatementPages + pages.suffix(1) + [pages[0]] {
            for box in page.textBoxes where !box.text.isEmpty {
                let occupied = measurer.occupiedRect(box)
                #expect(
                    box.rect.contains(occupied, tolerance: 0.05),
                    "\(page.name): \"\(box.text.prefix(40))\" occupies \(occupied) outside \(box.rect)")
                #expect(paper.bounds.contains(box.rect), "\(page.name): box \(box.rect) is off the page")
            }
        }
    }

    @Test func everyPageAndImageOfAProvisionalPackSaysSo() throws {
        let values = try Self.publishedValues()
        let layout = BoardPackLayout(
            context: LayoutContext(values: values, paper: .a4, dataAsOf: "2026-06-01 06:00 UTC"))
        let mark = "PROVISIONAL: the data of 2 sources does not cover 2026-05"
        for page in layout.pages() + [layout.overview()] + layout.stagePages() {
            #expect(page.textBoxes.contains { $0.text.hasPrefix(mark) }, "\(page.name) is not marked")
        }
        var complete = values
        complete.provisional = false
        let plain = BoardPackLayout(
            context: LayoutContext(values: complete, paper: .a4, dataAsOf: "2026-06-01 06:00 UTC"))
        #expect(!plain.pages().contains { page in page.textBoxes.contains { $0.text.hasPrefix("PROVISIONAL") } })

        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-provisional-\(UUID().uuidString).pdf")
        try RenderFixture.renderer(values).pdf().write(to: pdf)
        defer { try? FileManager.default.removeItem(at: pdf) }
        let text = try RenderFixture.tool("pdftotext", ["-layout", pdf.path, "-"]).output.components(
            separatedBy: "\u{0C}"
        ).dropLast()
        #expect(text.count == layout.pages().count)
        #expect(text.allSatisfy { $0.contains(mark) })
        #expect(text[1].contains("Restated since last published"))
    }
}
