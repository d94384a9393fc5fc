import ScorecardResults

/// Horizontal variance bars for the period: against plan (ΔPL) and last year (ΔPY), green when
/// favourable for the KPI's polarity and red when not, on one shared relative scale.
enum VarianceBars {
    static func items(_ kpi: KPIResult, in rect: Rect, formatter: ValueFormatter) -> [DrawItem] {
        let rows: [(String, Variance?)] = [("ΔPL", kpi.variance), ("ΔPY", kpi.lastYearVariance)]
        let limit = 0.5
        let labelWidth = 20.0
        let valueWidth = 34.0
        var items: [DrawItem] = []
        for ((name, variance), line) in zip(rows, rect.rows(2, gap: 3)) {
            items.append(
                .text(TextBox(name, in: line.sliceLeft(labelWidth).slice, style: TextStyle(size: 5.5, color: .muted))))
            let track = Rect(
                x: line.x + labelWidth, y: line.y + 1, width: line.width - labelWidth - valueWidth,
                height: line.height - 2)
            items.append(.fill(Rect(x: track.midX - 0.3, y: track.y - 1, width: 0.6, height: track.height + 2), .ink))
            let text = formatter.formatRelative(variance?.relative)
            guard let variance, let relative = variance.relative else {
                items.append(
                    .text(
                        TextBox(
                            text, in: Rect(x: track.maxX, y: line.y, width: valueWidth, height: line.height),
                            style: TextStyle(size: 5.5, color: .faint, alignment: .trailing))))
                continue
            }
            let share = min(max(relative, -limit), limit) / limit
            let end = track.midX + share * track.width / 2
            let color: Color = kpi.isFavourable(variance.absolute) ? .positive : .negative
            items.append(
                .fill(
                    Rect(x: min(track.midX, end), y: track.y, width: abs(end - track.midX), height: track.height), color
                ))
            items.append(
                .text(
                    TextBox(
                        text, in: Rect(x: track.maxX, y: line.y, width: valueWidth, height: line.height),
                        style: TextStyle(size: 5.5, color: color, alignment: .trailing))))
        }
        return items
    }
}
