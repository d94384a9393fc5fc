import ScorecardResults

/// A bullet graph (Stephen Few) on a shared percent-of-target scale: qualitative bands in three
/// intensities of one grey, the actual as a dark bar from zero, the target as a vertical mark.
///
/// Every bullet on a page uses the same 0…150 % scale so they can be compared; values beyond it
/// end in an arrow. KPIs without a positive target get a note instead of a misleading bar.
enum BulletGraph {
    static let maximum = 1.5

    static func items(_ kpi: KPIResult, in rect: Rect, formatter: ValueFormatter) -> [DrawItem] {
        guard let value = kpi.value, let target = kpi.target, target > 0, value.isFinite else {
            let reason =
                kpi.value == nil ? "no value" : (kpi.target == nil ? "no target" : "target not positive: no bullet")
            return [.text(TextBox(reason, in: rect, style: LayoutContext.caption))]
        }
        let bar = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 9)
        func x(_ share: Double) -> Double { bar.x + min(max(share, 0), maximum) / maximum * bar.width }
        let bands: [(Double, Double, Color)] =
            kpi.better == .higher
            ? [(0, 0.9, Color(hex: 0xC5CACF)), (0.9, 1.0, Color(hex: 0xDADDE1)), (1.0, maximum, Color(hex: 0xEDEFF1))]
            : [(0, 1.0, Color(hex: 0xEDEFF1)), (1.0, 1.1, Color(hex: 0xDADDE1)), (1.1, maximum, Color(hex: 0xC5CACF))]
        var items: [DrawItem] = bands.map { low, high, color in
            .fill(Rect(x: x(low), y: bar.y, width: x(high) - x(low), height: bar.height), color)
        }
        let share = value / target
        let actual = Rect(x: bar.x, y: bar.midY - bar.height * 0.18, width: x(share) - bar.x, height: bar.height * 0.36)
        items.append(.fill(actual, .actual))
        if share > maximum {
            items.append(
                .polygon(
                    [
                        Point(x: bar.maxX, y: actual.midY), Point(x: bar.maxX - 4, y: actual.y - 1.5),
                        Point(x: bar.maxX - 4, y: actual.maxY + 1.5),
                    ], .actual))
        }
        items.append(
            .fill(Rect(x: x(1) - 0.8, y: bar.y + bar.height * 0.12, width: 1.6, height: bar.height * 0.76), .ink))
        for tick in [0.0, 0.5, 1.0, 1.5] {
            let label = Rect(x: x(tick) - 12, y: bar.maxY + 1, width: 24, height: 8)
            items.append(
                .text(
                    TextBox(
                        formatter.percent(tick, decimals: 0), in: label,
                        style: TextStyle(size: 5.5, color: .muted, alignment: .center))))
        }
        return items
    }
}
