/// How a text box is set: size, weight, colour, alignment and whether figures are tabular.
public struct TextStyle: Sendable, Equatable, Hashable {
    /// Horizontal alignment inside the box.
    public enum Alignment: Sendable, Equatable, Hashable {
        case leading, center, trailing
    }

    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var color: Color
    public var alignment: Alignment
    /// The font family; Inter is installed by `make deps`, DejaVu Sans is the fallback.
    public var family: String

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
