import CCairo

/// Measures where fitted text lands, without drawing.
///
/// Used by the layout tests and the table layout to check that no text leaves its cell.
///
/// ```swift
/// let measurer = TextMeasurer()
/// let box = TextBox("Net revenue", in: Rect(x: 0, y: 0, width: 40, height: 10), style: TextStyle(size: 7))
/// box.rect.contains(measurer.occupiedRect(box))   // true: ellipsized to fit
/// ```
public final class TextMeasurer {
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let setter: PangoTextSetter

    /// A measurer on a one-pixel scratch surface.
    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1)
        cairo = cairo_create(surface)
        setter = PangoTextSetter(cairo: cairo)
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// The rectangle the box's text occupies after wrapping or ellipsizing.
    public func occupiedRect(_ box: TextBox) -> Rect { setter.occupiedRect(box) }

    /// Whether the fitted text stays inside the box.
    public func fits(_ box: TextBox) -> Bool {
        box.text.isEmpty || box.rect.contains(occupiedRect(box), tolerance: 0.05)
    }
}
