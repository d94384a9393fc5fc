/// An sRGB colour with components in 0...1.
///
/// The palette is colour-blind safe (Okabe–Ito hues for status) and status is never shown by
/// colour alone: see `StatusMark`.
public struct Color: Sendable, Equatable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

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

    public static let white = Color(hex: 0xFFFFFF)
    public static let ink = Color(hex: 0x1F2328)
    public static let muted = Color(hex: 0x5F6770)
    public static let faint = Color(hex: 0x9AA1A9)
    public static let rule = Color(hex: 0xD0D5DA)
    public static let band = Color(hex: 0xF2F4F6)
    public static let accent = Color(hex: 0x1D3557)
    /// IBCS actual: solid dark grey.
    public static let actual = Color(hex: 0x3A3F44)
    /// IBCS previous year: solid light grey.
    public static let previousYear = Color(hex: 0xB9BEC4)
    public static let good = Color(hex: 0x009E73)
    public static let watch = Color(hex: 0xE69F00)
    public static let bad = Color(hex: 0xD55E00)
    public static let positive = Color(hex: 0x2E8B57)
    public static let negative = Color(hex: 0xC8102E)
    public static let internalFocus = Color(hex: 0x5B7FA6)
    public static let externalFocus = Color(hex: 0xC9A227)
}
