import ScorecardResults

/// How a status is shown: a shape, a word and a colour, so it reads without colour too.
///
/// green is a circle "On target", amber a triangle "Watch", red a diamond "Off target",
/// none a small dash "No target".
enum StatusMark {
    static func color(_ status: KPIStatus) -> Color {
        switch status {
        case .green: .good
        case .amber: .watch
        case .red: .bad
        case .none: .faint
        }
    }

    static func word(_ status: KPIStatus) -> String {
        switch status {
        case .green: "On target"
        case .amber: "Watch"
        case .red: "Off target"
        case .none: "No target"
        }
    }

    /// The status shape centred at `center`, `size` points across.
    static func shape(_ status: KPIStatus, center c: Point, size: Double) -> DrawItem {
        let r = size / 2
        switch status {
        case .green:
            return .circle(center: c, radius: r * 0.9, color(status))
        case .amber:
            return .polygon(
                [Point(x: c.x, y: c.y - r), Point(x: c.x + r, y: c.y + r * 0.8), Point(x: c.x - r, y: c.y + r * 0.8)],
                color(status))
        case .red:
            return .polygon(
                [
                    Point(x: c.x, y: c.y - r), Point(x: c.x + r, y: c.y), Point(x: c.x, y: c.y + r),
                    Point(x: c.x - r, y: c.y),
                ], color(status))
        case .none:
            return .fill(Rect(x: c.x - r * 0.7, y: c.y - 0.6, width: r * 1.4, height: 1.2), color(status))
        }
    }

    /// Shape and word side by side in a cell.
    static func items(_ status: KPIStatus, in cell: Rect, textSize: Double) -> [DrawItem] {
        let size = min(cell.height * 0.7, textSize * 1.05)
        let shapeCenter = Point(x: cell.x + size / 2 + 1, y: cell.midY)
        let label = Rect(x: cell.x + size + 4, y: cell.y, width: cell.width - size - 4, height: cell.height)
        return [
            shape(status, center: shapeCenter, size: size),
            .text(TextBox(word(status), in: label, style: TextStyle(size: textSize, color: .ink))),
        ]
    }
}
