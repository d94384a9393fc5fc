import Foundation
import ScorecardEngine
import ScorecardRender
import Testing

/// PNG scorecards: size from paper and resolution, opaque, and charts actually drawn.
@Suite struct PNGTests {
    /// Width and height from the PNG header.
    private func size(_ png: Data) -> (Int, Int) {
        let bytes = [UInt8](png.prefix(24))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test(arguments: [(Paper.a4, 144.0, 1684, 1191), (Paper.letter, 144.0, 1584, 1224), (Paper.a4, 72.0, 842, 595)])
    func sizeMatchesPaperAndDPI(paper: Paper, dpi: Double, width: Int, height: Int) throws {
        let renderer = RenderFixture.renderer(try RenderFixture.values.get(), paper: paper, dpi: dpi)
        let pngs = try renderer.pngs()
        #expect(
            pngs.map(\.name) == [
                "scorecard.png", "stage-product.png", "stage-place.png", "stage-program.png",
                "stage-customer_revenue.png", "stage-satisfaction.png", "stage-lifetime_value.png",
            ])
        for png in pngs {
            #expect(png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let (w, h) = size(png.data)
            #expect(w == width && h == height, "\(png.name) is \(w)×\(h)")
            #expect(png.data[25] == 2, "\(png.name) is not opaque RGB (colour type \(png.data[25]))")
        }
    }

    @Test func chartsAreDrawnInTheSparklineAndColumnAreas() throws {
        let values = try RenderFixture.values.get()
        let layout = RenderFixture.renderer(values, dpi: 72).layout
        let renderer = PNGRenderer(paper: .a4, dpi: 72)
        func inked(_ image: (width: Int, height: Int, rgb: [UInt32]), x: ClosedRange<Int>, y: ClosedRange<Int>) -> Int {
            var count = 0
            for row in y where row < image.height {
                for column in x where column < image.width && image.rgb[row * image.width + column] != 0xFFFFFF {
                    count += 1
                }
            }
            return count
        }
        // The scorecard's sparkline column (the right 15 % of the table), below the headings.
        let overview = try renderer.pixels(layout.overview())
        #expect(inked(overview, x: 700...805, y: 120...520) > 1500)
        // A stage page's column charts (the third quarter of the width).
        let stage = try renderer.pixels(try #require(layout.stagePages().first))
        #expect(inked(stage, x: 380...610, y: 90...520) > 5000)
        // The page corners stay white.
        #expect(inked(stage, x: 0...20, y: 0...20) == 0)
    }
}
