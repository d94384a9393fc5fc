import CCairo
import CPNGWriter
import Foundation

/// Renders one laid-out page as an opaque PNG at a given resolution (white background, no alpha).
///
/// ```swift
/// let png = try PNGRenderer(paper: .a4, dpi: 144).render(page)   // 1684 × 1191 pixels
/// ```
public struct PNGRenderer: Sendable {
    /// The page size.
    public let paper: Paper
    /// The resolution in dots per inch.
    public let dpi: Double

    /// Writes through cairo's own PNG writer (zlib level 6) instead.
    ///
    /// For the benchmark and the test that both give the same pixels.
    public var usesCairoWriter = false

    /// A renderer for a paper size at a resolution.
    public init(paper: Paper, dpi: Double) {
        self.paper = paper
        self.dpi = dpi
    }

    /// The zlib level of the PNGs.
    ///
    /// Level 1 without row filters is about twice as fast as cairo's writer (level 6, adaptive
    /// filters) on these mostly white pages, gives files about as small and the same pixels (see
    /// docs/performance.md).
    public static let compressionLevel: Int32 = 1

    /// The PNG file's bytes.
    public func render(_ page: Page) throws -> Data {
        let surface = try rasterize(page)
        defer { cairo_surface_destroy(surface) }
        if usesCairoWriter { return try cairoPNG(surface, name: page.name) }
        guard let pixels = cairo_image_surface_get_data(surface) else {
            throw RenderError(what: "\(page.name).png", reason: "no image data")
        }
        let sink = PNGSink()
        var message = [CChar](repeating: 0, count: 256)
        let status = scorecard_png_write_rgb24(
            pixels, cairo_image_surface_get_width(surface), cairo_image_surface_get_height(surface),
            cairo_image_surface_get_stride(surface), Self.compressionLevel, PNGSink.write,
            sink.opaque, &message, message.count)
        guard status == 0 else {
            throw RenderError(
                what: "\(page.name).png",
                reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return sink.data
    }

    private func cairoPNG(_ surface: OpaquePointer, name: String) throws -> Data {
        let sink = DataSink()
        let status = cairo_surface_write_to_png_stream(surface, DataSink.write, sink.opaque)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(what: "\(name).png", reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }

    /// The page's pixels as 0x00RRGGBB values, row by row (for checks that charts are drawn).
    public func pixels(_ page: Page) throws -> (width: Int, height: Int, rgb: [UInt32]) {
        let surface = try rasterize(page)
        defer { cairo_surface_destroy(surface) }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return (width, height, []) }
        var rgb = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { rgb[y * width + x] = row[x] & 0x00FF_FFFF }
        }
        return (width, height, rgb)
    }

    /// Draws the page on a new opaque image surface, which the caller destroys.
    private func rasterize(_ page: Page) throws -> OpaquePointer {
        let pixels = paper.pixelSize(dpi: dpi)
        guard pixels.width > 0, pixels.height > 0, pixels.width <= 20_000, pixels.height <= 20_000 else {
            throw RenderError(
                what: "\(page.name).png",
                reason: "\(dpi) dpi gives an image of \(pixels.width) × \(pixels.height) pixels")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixels.width), Int32(pixels.height))
        else {
            throw RenderError(what: "\(page.name).png", reason: "no image surface")
        }
        // Safe: cairo_create never returns NULL (failures give a context in an error state).
        let cairo = cairo_create(surface)!
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, Double(pixels.width) / paper.size.width, Double(pixels.height) / paper.size.height)
        CairoPainter(cairo: cairo, emitsLinks: false).draw(page)
        let status = cairo_status(cairo)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderError(what: "\(page.name).png", reason: String(cString: cairo_status_to_string(status)))
        }
        return surface
    }
}
