/// An sRGB colour with components in 0...1.
///
/// The palette is colour-blind safe (Okabe–Ito hues for status) and status is never shown by
/// colour alone: see `StatusMark`.
public struct Color: Sendable, Equatable, Hashable {
    /// The red component, 0...1.
    public var red: Double
    /// The green component, 0...1.
    public var green: Double
    /// The blue component, 0...1.
    public var blue: Double

    /// A colour from components in 0...1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 0xRRGGBB literal.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    /// Page background.
    public static let white = Color(hex: 0xFFFFFF)
    /// Body text.
    public static let ink = Color(hex: 0x1F2328)
    /// Secondary text: labels, captions, notes.
    public static let muted = Color(hex: 0x5F6770)
    /// Tertiary text and minor marks, e.g. chart labels.
    public static let faint = Color(hex: 0x9AA1A9)
    /// Table rules and axis lines.
    public static let rule = Color(hex: 0xD0D5DA)
    /// Light fill: alternate table rows, panels and chart gridlines.
    public static let band = Color(hex: 0xF2F4F6)
    /// The brand colour: the cover, headings, links and highlights.
    public static let accent = Color(hex: 0x1D3557)
    /// IBCS actual: solid dark grey.
    public static let actual = Color(hex: 0x3A3F44)
    /// IBCS previous year: solid light grey.
    public static let previousYear = Color(hex: 0xB9BEC4)
    /// Status green (Okabe–Ito bluish green).
    public static let good = Color(hex: 0x009E73)
    /// Status amber (Okabe–Ito orange).
    public static let watch = Color(hex: 0xE69F00)
    /// Status red (Okabe–Ito vermillion).
    public static let bad = Color(hex: 0xD55E00)
    /// A favourable variance.
    public static let positive = Color(hex: 0x2E8B57)
    /// An unfavourable variance.
    public static let negative = Color(hex: 0xC8102E)
    /// The mark of KPIs with internal focus.
    public static let internalFocus = Color(hex: 0x5B7FA6)
    /// The mark of KPIs with external focus.
    public static let externalFocus = Color(hex: 0xC9A227)
}
