/// One thing drawn on a page: the layout produces these, `CairoPainter` draws them.
public enum DrawItem: Sendable, Equatable {
    case fill(Rect, Color)
    case stroke(Rect, Color, width: Double)
    /// A polyline; `dash` is the on/off length (0 for solid).
    case line([Point], Color, width: Double, dash: Double = 0)
    case polygon([Point], Color)
    case circle(center: Point, radius: Double, Color)
    case text(TextBox)
    /// A clickable area that jumps to a page (1-based).
    case link(Rect, page: Int)
    /// Items inside a PDF structure tag such as `H1` or `Table` (PNGs draw just the items).
    case tagged(String, [DrawItem])

    /// This item and every item nested in it.
    var flattened: [DrawItem] {
        if case .tagged(_, let items) = self { return items.flatMap(\.flattened) }
        return [self]
    }
}
