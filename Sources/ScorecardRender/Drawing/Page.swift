/// A laid-out page: what to draw and which bookmarks point at it.
public struct Page: Sendable, Equatable {
    /// A short name, e.g. `cover`, `scorecard`, `stage-product`; PNG files are named after it.
    public var name: String
    /// What to draw, back to front.
    public var items: [DrawItem]
    /// Bookmarks opening on this page, in order (levels relative to the document).
    public var outline: [OutlineEntry]

    /// A page with its name, drawing and bookmarks.
    public init(name: String, items: [DrawItem] = [], outline: [OutlineEntry] = []) {
        self.name = name
        self.items = items
        self.outline = outline
    }

    /// Every text box on the page.
    public var textBoxes: [TextBox] {
        items.flatMap(\.flattened).compactMap { if case .text(let box) = $0 { box } else { nil } }
    }
}
