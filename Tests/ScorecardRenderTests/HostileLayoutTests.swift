import Foundation
import ScorecardEngine
import ScorecardRender
import Testing

/// Labels a finance team might really write, and worse: no text box may leave its cell.
@Suite struct HostileLayoutTests {
    static let hostile = [
        "Net revenue from completed orders after discounts and returns, excluding VAT, for the whole group including every subsidiary",
        "売上総利益率（カテゴリー別、返品控除後）の月次推移",
        "Kundenzufriedenheitsbefragungsergebnisdurchschnittswert",
        "Customer happiness 😀🚀📈 index 👩‍👩‍👧‍👦",
        "صافي الإيرادات لكل عميل نشط",
        "שיעור שימור לקוחות",
        "Ünïcödé ñämé with combining a\u{301}ccents",
        "",
        "x",
    ]

    /// The demo values with every label, owner, description, expression and breakdown key made hostile.
    static func hostileValues() throws -> ScorecardValues {
        var values = try RenderFixture.values.get()
        values.title = hostile[0]
        values.organisation = hostile[4] + " " + hostile[1]
        values.message = String(repeating: hostile[3] + " " + hostile[0] + " ", count: 3)
        for index in values.kpis.indices {
            let text = hostile[index % hostile.count]
            values.kpis[index].label = text
            values.kpis[index].owner = hostile[(index + 3) % hostile.count]
            values.kpis[index].description = String(repeating: hostile[(index + 1) % hostile.count] + " ", count: 6)
            values.kpis[index].expression = String(repeating: "(very_long_measure_name_\(index) / other) * ", count: 8)
            for dimension in values.kpis[index].breakdowns.keys {
                values.kpis[index].breakdowns[dimension] = values.kpis[index].breakdowns[dimension]?.enumerated().map {
                    offset, group in
                    var changed = group
                    changed.key = hostile[(index + offset) % hostile.count] + group.key
                    changed.value = group.value.map { $0 * 1e7 }
                    return changed
                }
            }
            if index % 5 == 0 {
                values.kpis[index].value = nil
                values.kpis[index].variance = nil
            }
            if index % 7 == 0 { values.kpis[index].value = -9.87e12 }
            if index % 3 == 0 {
                values.kpis[index].comment = KPIComment(
                    text: String(repeating: hostile[(index + 2) % hostile.count] + " ", count: 12),
                    writtenAgainst: index % 2 == 0 ? -1.23e11 : nil, stale: index % 2 == 0)
            }
        }
        return values
    }

    /// Every paper in the locales whose numbers run longest ("1 234 567,80 €" against "€1,234,568").
    @Test(arguments: [Paper.a4, Paper.letter], ["en_GB", "de_DE", "fr_FR"])
    func noTextBoxLeavesItsCell(paper: Paper, locale: String) throws {
        var values = try Self.hostileValues()
        values.locale = locale
        let layout = BoardPackLayout(
            context: LayoutContext(values: values, paper: paper, dataAsOf: "2026-06-01 06:00 UTC"))
        let measurer = TextMeasurer()
        var checked = 0
        for page in layout.pages() + [layout.overview()] {
            for box in page.textBoxes where !box.text.isEmpty {
                let occupied = measurer.occupiedRect(box)
                #expect(
                    box.rect.contains(occupied, tolerance: 0.05),
                    "\(page.name): \"\(box.text.prefix(40))\" occupies \(occupied) outside \(box.rect)")
                #expect(paper.bounds.contains(box.rect), "\(page.name): box \(box.rect) is off the page")
                checked += 1
            }
        }
        #expect(checked > 1500)
    }

    @Test func hostileValuesStillRenderAValidPDF() throws {
        let data = try RenderFixture.renderer(try Self.hostileValues()).pdf()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-hostile-\(UUID().uuidString).pdf"
        ).path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try RenderFixture.tool("qpdf", ["--check", path]).status == 0)
    }

    @Test func longTextIsEllipsizedAndWrappedWithinTheLineLimit() {
        let measurer = TextMeasurer()
        let style = TextStyle(size: 8)
        let one = TextBox(Self.hostile[0], in: Rect(x: 10, y: 10, width: 60, height: 12), style: style)
        let occupied = measurer.occupiedRect(one)
        #expect(occupied.width <= 60.05 && occupied.height <= 12)
        let two = TextBox(
            Self.hostile[0], in: Rect(x: 10, y: 10, width: 60, height: 22), style: style, maxLines: 2,
            centeredVertically: false)
        let wrapped = measurer.occupiedRect(two)
        #expect(wrapped.height > occupied.height * 1.5 && wrapped.height <= 22)
        let tooLow = TextBox("Net revenue", in: Rect(x: 0, y: 0, width: 60, height: 4), style: style)
        #expect(!measurer.fits(tooLow), "a box lower than one line must be reported as not fitting")
    }
}
