import Foundation
import ScorecardEngine
import ScorecardRender
import Testing

/// The demo board pack, checked with poppler and qpdf: pages, text, outline, fonts, validity.
@Suite struct BoardPackPDFTests {
    @Test func pageCountIsCoverSummaryTableStagesAndAppendix() throws {
        let path = try RenderFixture.pdfPath.get()
        let result = try RenderFixture.tool("qpdf", ["--show-npages", path])
        // cover, summary, scorecard, six stages, four appendix pages of ten KPIs
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "13")
    }

    @Test func textHasEveryLabelAndFormattedValue() throws {
        let values = try RenderFixture.values.get()
        let text = try RenderFixture.tool("pdftotext", [try RenderFixture.pdfPath.get(), "-"]).output
        let formatter = ValueFormatter(currency: values.currency)
        for kpi in values.kpis {
            #expect(text.contains(kpi.label), "missing label \(kpi.label)")
            let value = formatter.format(kpi.value, unit: kpi.unit)
            #expect(text.contains(value), "missing value \(value) of \(kpi.id)")
        }
        #expect(text.contains("page 2 of 13"))
        #expect(text.contains("Data as of 2026-06-01 06:00 UTC"))
    }

    @Test func qpdfCheckPasses() throws {
        let result = try RenderFixture.tool("qpdf", ["--check", try RenderFixture.pdfPath.get()])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("No syntax or stream encoding errors"))
    }

    @Test func headingsAndTheScorecardTableAreTagged() throws {
        // qpdf's QDF form has uncompressed objects, so the structure elements can be read as text.
        let qdf = FileManager.default.temporaryDirectory.appendingPathComponent("tags-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: qdf) }
        _ = try RenderFixture.tool("qpdf", ["--qdf", "--object-streams=disable", try RenderFixture.pdfPath.get(), qdf])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        #expect(text.contains("/StructTreeRoot"))
        #expect(text.components(separatedBy: "/S /Document").count - 1 == 1)
        #expect(text.components(separatedBy: "/S /Table").count - 1 == 1)
        // Every page but the cover opens with a tagged H1 heading.
        #expect(text.components(separatedBy: "/S /H1").count - 1 == 12)
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        let lines = try RenderFixture.tool("pdffonts", [try RenderFixture.pdfPath.get()]).output.split(separator: "\n")
            .dropFirst(2)
        #expect(!lines.isEmpty)
        for line in lines {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name … emb sub uni object ID: emb and sub are the 5th and 4th columns from the end
            #expect(
                columns.count >= 6 && columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes",
                "\(line)")
            #expect(line.contains("+"), "not subset: \(line)")
        }
    }

    @Test func outlineNestsSectionsStagesAndKPIs() throws {
        let json = try RenderFixture.tool("qpdf", ["--json", "--json-key=outlines", try RenderFixture.pdfPath.get()])
            .output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(
            outlines.compactMap { $0["title"] as? String } == [
                "Cover", "Executive summary", "Scorecard", "Stages", "Appendix: KPI definitions",
            ])
        func count(_ entries: [[String: Any]]) -> Int {
            entries.reduce(0) { $0 + 1 + count($1["kids"] as? [[String: Any]] ?? []) }
        }
        let values = try RenderFixture.values.get()
        // five sections, six stages under Scorecard and under Stages, every KPI under its stage and in the appendix
        #expect(count(outlines) == 5 + 6 + 6 + 2 * values.kpis.count)
    }

    @Test func metadataHasTitleAuthorAndFixedDates() throws {
        let info = try RenderFixture.tool("pdfinfo", ["-isodates", try RenderFixture.pdfPath.get()]).output
        #expect(info.contains("Title:           Acme Retail: CRM scorecard: board pack May 2026"))
        #expect(info.contains("Author:          Acme Retail Ltd"))
        #expect(info.contains("Creator:         scorecard tests"))
        #expect(info.contains("CreationDate:    2026-05-31T23:59:59Z"))
        #expect(info.contains("Tagged:          yes"))
    }

    @Test func letterPaperAndTwoRunsGiveIdenticalBytes() throws {
        let values = try RenderFixture.values.get()
        let first = try RenderFixture.renderer(values, paper: .letter).files()
        let second = try RenderFixture.renderer(values, paper: .letter).files()
        #expect(first.map(\.name) == second.map(\.name))
        for (a, b) in zip(first, second) { #expect(a.data == b.data, "\(a.name) differs between runs") }
    }
}
