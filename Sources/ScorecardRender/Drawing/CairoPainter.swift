import CCairo
import Foundation

/// Draws laid-out pages on a cairo context (PDF page or image), in page points.
final class CairoPainter {
    private let cairo: OpaquePointer
    private let text: PangoTextSetter
    /// Whether links become PDF link annotations (ignored on images).
    private let emitsLinks: Bool

    init(cairo: OpaquePointer, emitsLinks: Bool) {
        self.cairo = cairo
        self.emitsLinks = emitsLinks
        text = PangoTextSetter(cairo: cairo)
    }

    /// Draws every item of the page in order.
    func draw(_ page: Page) {
        for item in page.items { draw(item) }
    }

    private func draw(_ item: DrawItem) {
        switch item {
        case .fill(let rect, let color):
            setColor(color)
            cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
            cairo_fill(cairo)
        case .stroke(let rect, let color, let width):
            setColor(color)
            cairo_set_line_width(cairo, width)
            cairo_rectangle(cairo, rect.x + width / 2, rect.y + width / 2, rect.width - width, rect.height - width)
            cairo_stroke(cairo)
        case .line(let points, let color, let width, let dash):
            guard let first = points.first else { return }
            setColor(color)
            cairo_set_line_width(cairo, width)
            cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
            if dash > 0 {
                var pattern = [dash, dash]
                cairo_set_dash(cairo, &pattern, 2, 0)
            }
            cairo_move_to(cairo, first.x, first.y)
            for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
            cairo_stroke(cairo)
            if dash > 0 { cairo_set_dash(cairo, nil, 0, 0) }
        case .polygon(let points, let color):
            guard let first = points.first else { return }
            setColor(color)
            cairo_move_to(cairo, first.x, first.y)
            for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
            cairo_close_path(cairo)
            cairo_fill(cairo)
        case .circle(let center, let radius, let color):
            setColor(color)
            cairo_new_sub_path(cairo)
            cairo_arc(cairo, center.x, center.y, radius, 0, 2 * Double.pi)
            cairo_fill(cairo)
        case .text(let box):
            text.draw(box)
        case .link(let rect, let page):
            guard emitsLinks else { return }
            let attributes = String(
                format: "rect=[%.2f %.2f %.2f %.2f] page=%d", rect.x, rect.y, rect.width, rect.height, page)
            cairo_tag_begin(cairo, "Link", attributes)
            cairo_tag_end(cairo, "Link")
        case .tagged(let name, let items):
            // Structure tags only in the PDF (the PNG painter has no tag tree).
            if emitsLinks { cairo_tag_begin(cairo, name, "") }
            for item in items { draw(item) }
            if emitsLinks { cairo_tag_end(cairo, name) }
        }
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
    }
}
