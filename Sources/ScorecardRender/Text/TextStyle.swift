/// How a text box is set: size, weight, colour, alignment and whether figures are tabular.
public struct TextStyle: Sendable, Equatable, Hashable {
    /// Horizontal alignment inside the box.
    public enum Alignment: Sendable, Equatable, Hashable {
        case leading, center, trailing
    }

    /// The font size in points.
    public var size: Double
    /// Bold weight.
    public var bold: Bool
    /// Italic slant.
    public var italic: Bool
    /// The text colour.
    public var color: Color
    /// Where lines sit in the box.
    public var alignment: Alignment
    /// The font family; Inter is installed by `make deps`, DejaVu Sans is the fallback.
    public var family: String

    /// A style; regular ink text aligned to the leading edge unless told otherwise.
    public init(
        size: Double, bold: Bool = false, italic: Bool = false, color: Color = .ink,
        alignment: Alignment = .leading, family: String = TextStyle.defaultFamily
    ) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.color = color
        self.alignment = alignment
        self.family = family
    }

    /// Inter, falling back to DejaVu Sans.
    public static let defaultFamily = "Inter, DejaVu Sans"

    /// The same style with another alignment.
    public func aligned(_ alignment: Alignment) -> TextStyle {
        var copy = self
        copy.alignment = alignment
        return copy
    }

    /// The same style in another colour.
    public func colored(_ color: Color) -> TextStyle {
        var copy = self
        copy.color = color
        return copy
    }

    /// The same style in bold.
    public var emphasized: TextStyle {
        var copy = self
        copy.bold = true
        return copy
    }
}
