import Foundation
import ScorecardEngine
import ScorecardRender

/// Times the board pack PDF (ms per page) and the PNG scorecards (ms per 144-dpi image) for the
/// demo values in Tests/ScorecardRenderTests/Fixtures (35 KPIs, 13 pages, 7 PNGs).
///
/// Layout is included in both figures; each is the best of five rounds after one warm-up.
func runRenderBenchmark() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/ScorecardRenderTests/Fixtures/values-2026-05.json")
    let values = try ScorecardValues.decode(try Data(contentsOf: fixture))
    let renderer = BoardPackRenderer(
        values: values, paper: .a4, dpi: 144, date: "2026-05-31T23:59:59Z",
        dataAsOf: "2026-06-01 06:00 UTC", creator: "scorecard-bench")
    let pageCount = renderer.layout.pages().count
    let clock = ContinuousClock()
    var pdfBest = Duration.seconds(1000)
    var pngBest = Duration.seconds(1000)
    var cairoBest = Duration.seconds(1000)
    var cairoWriter = PNGRenderer(paper: .a4, dpi: 144)
    cairoWriter.usesCairoWriter = true
    var pngBytes = 0
    var cairoBytes = 0
    var pdfBytes = 0
    var pngCount = 0
    _ = try renderer.pdf()
    for _ in 0..<5 {
        var pdf = Data()
        pdfBest = min(pdfBest, try clock.measure { pdf = try renderer.pdf() })
        pdfBytes = pdf.count
        var pngs: [RenderedFile] = []
        pngBest = min(pngBest, try clock.measure { pngs = try renderer.pngs() })
        pngCount = pngs.count
        pngBytes = pngs.reduce(0) { $0 + $1.data.count }
        let pages = [renderer.layout.overview()] + renderer.layout.stagePages()
        cairoBest = min(
            cairoBest,
            try clock.measure { cairoBytes = try pages.reduce(0) { $0 + (try cairoWriter.render($1)).count } })
    }
    let pdfMS = milliseconds(pdfBest)
    let pngMS = milliseconds(pngBest)
    print(
        "board pack PDF: \(pageCount) pages, \(pdfBytes / 1024) KiB in \(format(pdfMS)) ms = \(format(pdfMS / Double(pageCount))) ms per page"
    )
    print(
        "PNG at 144 dpi: \(pngCount) images, \(pngBytes / 1024) KiB in \(format(pngMS)) ms = \(format(pngMS / Double(pngCount))) ms per image"
    )
    let cairoMS = milliseconds(cairoBest)
    print(
        "  the same through cairo's PNG writer: \(cairoBytes / 1024) KiB in \(format(cairoMS)) ms = \(format(cairoMS / Double(pngCount))) ms per image"
    )
}

private func milliseconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) * 1e3 + Double(parts.attoseconds) * 1e-15
}

private func format(_ value: Double) -> String { String(format: "%.1f", value) }
