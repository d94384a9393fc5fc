import CCairo
import Foundation
import ScorecardEngine
import ScorecardRender
import Testing

/// The fast libpng writer gives the same pixels as the drawn surface and as cairo's own PNG writer.
@Suite struct PNGPixelTests {
    /// Decodes a PNG with cairo's reader (libpng inside cairo), as 0x00RRGGBB values row by row.
    static func decode(_ png: Data) throws -> (width: Int, height: Int, rgb: [UInt32]) {
        final class Source {
            var bytes: [UInt8]
            var offset = 0
            init(_ data: Data) { bytes = [UInt8](data) }
        }
        let source = Source(png)
        let read: cairo_read_func_t = { closure, buffer, length in
            let source = Unmanaged<Source>.fromOpaque(closure!).takeUnretainedValue()
            guard let buffer, source.offset + Int(length) <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            _ = source.bytes.withUnsafeBufferPointer { memcpy(buffer, $0.baseAddress! + source.offset, Int(length)) }
            source.offset += Int(length)
            return CAIRO_STATUS_SUCCESS
        }
        let surface = try #require(
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque()))
        defer { cairo_surface_destroy(surface) }
        try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, "cairo cannot read the PNG")
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var rgb = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { rgb[y * width + x] = row[x] & 0x00FF_FFFF }
        }
        return (width, height, rgb)
    }

    @Test(arguments: [72.0, 144.0])
    func everyPNGDecodesToTheDrawnPixels(dpi: Double) throws {
        let layout = RenderFixture.renderer(try RenderFixture.values.get(), dpi: dpi).layout
        let fast = PNGRenderer(paper: .a4, dpi: dpi)
        var cairo = PNGRenderer(paper: .a4, dpi: dpi)
        cairo.usesCairoWriter = true
        for page in [layout.overview()] + layout.stagePages() {
            let drawn = try fast.pixels(page)
            let written = try Self.decode(try fast.render(page))
            #expect(written.width == drawn.width && written.height == drawn.height)
            #expect(written.rgb == drawn.rgb, "\(page.name): the PNG's pixels differ from the drawn surface")
            #expect(written.rgb.contains { $0 != 0xFFFFFF }, "\(page.name) is blank")
            #expect(
                try Self.decode(try cairo.render(page)).rgb == written.rgb,
                "\(page.name): cairo's writer gives other pixels")
        }
    }
}
