import CCairo

/// Sets `TextBox`es with Pango on one cairo context: fits them to their box and draws them.
///
/// All text in the pack goes through here (never cairo's toy text API). Metrics are unhinted so
/// a box fits the same way in the PDF and in a PNG at any resolution.
final class PangoTextSetter {
    private let cairo: OpaquePointer
    private let context: OpaquePointer
    private var fonts: [TextStyle: OpaquePointer] = [:]
    private let features: OpaquePointer

    /// A setter drawing on `cairo`, which it does not own.
    init(cairo: OpaquePointer) {
        self.cairo = cairo
        context = pango_cairo_create_context(cairo)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        features = pango_attr_list_new()
        pango_attr_list_insert(features, pango_attr_font_features_new("tnum"))
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
        pango_attr_list_unref(features)
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The rectangle the box's text occupies once fitted (logical extents, in page points).
    func occupiedRect(_ box: TextBox) -> Rect {
        let layout = makeLayout(box)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return placement(of: layout, in: box)
    }

    /// Draws the box's text, fitted to its rectangle.
    func draw(_ box: TextBox) {
        guard !box.text.isEmpty, box.rect.width > 0 else { return }
        let layout = makeLayout(box)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let frame = placement(of: layout, in: box)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, box.style.color.red, box.style.color.green, box.style.color.blue)
        cairo_move_to(cairo, box.rect.x, frame.y - Double(logical.y) / Double(PANGO_SCALE))
        pango_cairo_show_layout(cairo, layout)
        cairo_restore(cairo)
    }

    private func placement(of layout: OpaquePointer, in box: TextBox) -> Rect {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        let height = Double(logical.height) / scale
        let top = box.centeredVertically ? box.rect.y + (box.rect.height - height) / 2 : box.rect.y
        return Rect(
            x: box.rect.x + Double(logical.x) / scale, y: top, width: Double(logical.width) / scale, height: height)
    }

    private func makeLayout(_ box: TextBox) -> OpaquePointer {
        // Safe: GObject construction aborts on out-of-memory rather than return NULL.
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, font(for: box.style))
        pango_layout_set_attributes(layout, features)
        pango_layout_set_width(layout, Int32(max(0, box.rect.width) * Double(PANGO_SCALE)))
        pango_layout_set_height(layout, Int32(-box.maxLines))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        switch box.style.alignment {
        case .leading: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_text(layout, box.paragraph, -1)
        return layout
    }

    private func font(for style: TextStyle) -> OpaquePointer {
        if let font = fonts[style] { return font }
        // Safe: GLib's allocator aborts on out-of-memory rather than return NULL.
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, style.family)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_SEMIBOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[style] = font
        return font
    }
}
