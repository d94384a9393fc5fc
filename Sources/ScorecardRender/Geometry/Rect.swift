/// An axis-aligned rectangle in points (1/72 inch), origin at the top left, y growing downwards.
///
/// ```swift
/// let cell = Rect(x: 10, y: 20, width: 100, height: 12)
/// cell.insetBy(dx: 2, dy: 1).width   // 96
/// ```
public struct Rect: Sendable, Equatable, Hashable {
    /// The left edge, in points from the page's left.
    public var x: Double
    /// The top edge, in points from the page's top.
    public var y: Double
    /// The width in points.
    public var width: Double
    /// The height in points.
    public var height: Double

    /// A rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The left edge.
    public var minX: Double { x }
    /// The top edge.
    public var minY: Double { y }
    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }
    /// The horizontal centre.
    public var midX: Double { x + width / 2 }
    /// The vertical centre.
    public var midY: Double { y + height / 2 }

    /// The rectangle shrunk by `dx` on the left and right and `dy` on the top and bottom.
    public func insetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// Whether `other` lies inside this rectangle, allowing `tolerance` points of rounding.
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Splits off a slice of `amount` points from the top; returns the slice and the rest.
    public func sliceTop(_ amount: Double) -> (slice: Rect, rest: Rect) {
        let amount = min(amount, height)
        return (
            Rect(x: x, y: y, width: width, height: amount),
            Rect(x: x, y: y + amount, width: width, height: height - amount)
        )
    }

    /// Splits off a slice of `amount` points from the left; returns the slice and the rest.
    public func sliceLeft(_ amount: Double) -> (slice: Rect, rest: Rect) {
        let amount = min(amount, width)
        return (
            Rect(x: x, y: y, width: amount, height: height),
            Rect(x: x + amount, y: y, width: width - amount, height: height)
        )
    }

    /// Divides the width into `count` equal columns separated by `gap`.
    public func columns(_ count: Int, gap: Double) -> [Rect] {
        guard count > 0 else { return [] }
        let w = (width - gap * Double(count - 1)) / Double(count)
        return (0..<count).map { Rect(x: x + Double($0) * (w + gap), y: y, width: w, height: height) }
    }

    /// Divides the height into `count` equal rows separated by `gap`.
    public func rows(_ count: Int, gap: Double) -> [Rect] {
        guard count > 0 else { return [] }
        let h = (height - gap * Double(count - 1)) / Double(count)
        return (0..<count).map { Rect(x: x, y: y + Double($0) * (h + gap), width: width, height: h) }
    }
}
