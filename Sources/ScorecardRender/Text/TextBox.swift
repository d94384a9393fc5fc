/// A piece of text placed in a rectangle it must never leave.
///
/// Text that is too long is ellipsized (one line) or wrapped onto at most `maxLines` lines, the
/// last ellipsized; the box is the cell, and the drawing code clips nothing because Pango is
/// told the width and the line limit. `TextMeasurer` checks the fit.
public struct TextBox: Sendable, Equatable {
    /// The box the text must stay inside.
    public var rect: Rect
    /// The text as given.
    public var text: String
    /// How the text is set.
    public var style: TextStyle
    /// At most this many lines; 1 means a single ellipsized line.
    public var maxLines: Int
    /// Vertical placement: centred in the box when true, else from the top.
    public var centeredVertically: Bool

    /// A box of text; `maxLines` is at least 1.
    public init(_ text: String, in rect: Rect, style: TextStyle, maxLines: Int = 1, centeredVertically: Bool = true) {
        self.rect = rect
        self.text = text
        self.style = style
        self.maxLines = max(1, maxLines)
        self.centeredVertically = centeredVertically
    }

    /// The text as one paragraph: line breaks and tabs become spaces so the line limit holds.
    public var paragraph: String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
