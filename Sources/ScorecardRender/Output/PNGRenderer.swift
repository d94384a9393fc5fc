import CCairo
import Foundation

/// Renders one laid-out page as an opaque PNG at a given resolution (white background, no alpha).
///
/// ```swift
/// let png = try PNGRenderer(paper: .a4, dpi: 144).render(page)   // 1684 × 1191 pixels
/// ```
public struct PNGRenderer: Sendable {
    public let paper: Paper
    public let dpi: Double

    public init(paper: Paper, dpi: Double) {
        self.paper = paper
        self.dpi = dpi
    }

    /// The PNG file's bytes.
    public func render(_ page: Page) throws -> Data {
        let pixels = paper.pixelSize(dpi: dpi)
        guard pixels.width > 0, pixels.height > 0, pixels.width <= 20_000, pixels.height <= 20_000 else {
            throw RenderError(what: "\(page.name).png", reason: "\(dpi) dpi gives an image of \(pixels.width) × \(pixels.height) pixels")
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixels.width), Int32(pixels.height))!
        defer { cairo_surface_destroy(surface) }
        let cairo = cairo_create(surface)!
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, Double(pixels.width) / paper.size.width, Double(pixels.height) / paper.size.height)
        CairoPainter(cairo: cairo, emitsLinks: false).draw(page)
        let status = cairo_status(cairo)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        let sink = DataSink()
        let writeStatus = cairo_surface_write_to_png_stream(surface, DataSink.write, sink.opaque)
        for status in [status, writeStatus] where status != CAIRO_STATUS_SUCCESS {
            throw RenderError(what: "\(page.name).png", reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }
}
