import ScorecardResults

/// Thirteen monthly columns in IBCS notation: actual solid dark, the same month last year solid
/// grey behind it, plan (target) as an outlined column in front; one zero-based scale for all.
enum ColumnChart {
    static func items(_ kpi: KPIResult, in rect: Rect, compact: CompactNumber) -> [DrawItem] {
        let months = compact.formatter
        let values = kpi.trend.map(\.value)
        guard values.contains(where: { $0 != nil }) else {
            return [.text(TextBox("no monthly values", in: rect, style: LayoutContext.caption))]
        }
        let axisWidth = 30.0
        let plot = Rect(x: rect.x + axisWidth, y: rect.y + 2, width: rect.width - axisWidth, height: rect.height - 12)
        let lastYears = kpi.trend.map { $0.lastYear }
        let plans = kpi.trend.map { $0.target }
        let scale = Scale(values: values + lastYears + plans + [kpi.lastYear, kpi.target], from: plot.maxY, to: plot.y)
        var items: [DrawItem] = []
        var lastLabelY: Double?
        for tick in scale.ticks {
            let y = scale.position(tick)
            items.append(.fill(Rect(x: plot.x, y: y - 0.2, width: plot.width, height: 0.4), tick == 0 ? .ink : .band))
            // Labels at least a line apart, so short charts show fewer of them instead of overlapping ones.
            guard lastLabelY.map({ abs($0 - y) >= 8 }) ?? true else { continue }
            lastLabelY = y
            items.append(
                .text(
                    TextBox(
                        compact.format(tick, unit: kpi.unit),
                        in: Rect(x: rect.x, y: y - 4, width: axisWidth - 3, height: 8),
                        style: TextStyle(size: 5.5, color: .muted, alignment: .trailing))))
        }
        let slots = plot.columns(max(values.count, 1), gap: 0)
        let zero = scale.position(0)
        for (index, (value, slot)) in zip(values, slots).enumerated() {
            let isLast = index == values.count - 1
            let column = slot.insetBy(dx: slot.width * 0.3, dy: 0)
            if let lastYear = isLast ? (kpi.trend[index].lastYear ?? kpi.lastYear) : kpi.trend[index].lastYear {
                let offset = Rect(x: column.x - column.width * 0.45, y: 0, width: column.width, height: 0)
                items.append(
                    .fill(
                        bar(from: zero, to: scale.position(lastYear), x: offset.x, width: offset.width), .previousYear))
            }
            if let value {
                items.append(
                    .fill(bar(from: zero, to: scale.position(value), x: column.x, width: column.width), .actual))
            }
            if let target = isLast ? (kpi.trend[index].target ?? kpi.target) : kpi.trend[index].target {
                let plan = bar(
                    from: zero, to: scale.position(target), x: column.x + column.width * 0.45, width: column.width)
                items.append(.stroke(plan, .ink, width: 0.8))
            }
            if index % 3 == 0 || isLast {
                items.append(
                    .text(
                        TextBox(
                            months.monthAbbreviation(kpi.trend[index].period),
                            in: Rect(x: slot.x - 3, y: plot.maxY + 1.5, width: slot.width + 6, height: 8),
                            style: TextStyle(size: 5.5, color: .muted, alignment: .center))))
            }
        }
        return items
    }

    private static func bar(from zero: Double, to end: Double, x: Double, width: Double) -> Rect {
        Rect(x: x, y: min(zero, end), width: width, height: abs(end - zero))
    }
}
