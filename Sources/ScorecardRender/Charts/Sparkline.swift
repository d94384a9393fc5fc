import ScorecardResults

/// A Tufte sparkline: the trend as a thin line with no axes, the last value marked with a dot.
/// Missing months break the line.
enum Sparkline {
    static func items(_ trend: [TrendPoint], in rect: Rect) -> [DrawItem] {
        let values = trend.map(\.value)
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), trend.count > 1 else {
            return [.text(TextBox("n/a", in: rect, style: LayoutContext.caption))]
        }
        let span = high - low
        let inner = rect.insetBy(dx: 2.5, dy: 2)
        func point(_ index: Int, _ value: Double) -> Point {
            let y = span == 0 ? inner.midY : inner.maxY - (value - low) / span * inner.height
            return Point(x: inner.x + Double(index) / Double(trend.count - 1) * inner.width, y: y)
        }
        var items: [DrawItem] = []
        var run: [Point] = []
        for (index, value) in values.enumerated() {
            if let value, value.isFinite {
                run.append(point(index, value))
            } else {
                if run.count > 1 { items.append(.line(run, .muted, width: 0.7)) }
                run = []
            }
        }
        if run.count > 1 { items.append(.line(run, .muted, width: 0.7)) }
        if let last = values.last, let last, last.isFinite {
            items.append(.circle(center: point(values.count - 1, last), radius: 1.5, .accent))
        }
        return items
    }
}
