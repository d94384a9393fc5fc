/// The paper a board pack is printed on, always in landscape.
///
/// ```swift
/// Paper.a4.size   // (width: 841.89, height: 595.28) points
/// ```
public enum Paper: String, Sendable, CaseIterable {
    case a4
    case letter

    /// Landscape width and height in points.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (841.89, 595.28)
        case .letter: (792, 612)
        }
    }

    /// The whole page as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The pixel size of a page rendered at `dpi` dots per inch.
    public func pixelSize(dpi: Double) -> (width: Int, height: Int) {
        (Int((size.width * dpi / 72).rounded()), Int((size.height * dpi / 72).rounded()))
    }
}
