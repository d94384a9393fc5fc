/// A point in page coordinates (points, y growing downwards).
public struct Point: Sendable, Equatable, Hashable {
    /// Points from the left edge.
    public var x: Double
    /// Points from the top edge.
    public var y: Double

    /// A point from its coordinates.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
