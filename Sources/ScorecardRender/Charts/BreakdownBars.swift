import ScorecardResults

/// Horizontal bars for one breakdown (the first by name of region, segment, channel or any),
/// largest first, on one zero-based scale; privacy-suppressed groups say so instead of a bar.
enum BreakdownBars {
    static let maximumGroups = 5

    static func items(_ kpi: KPIResult, in rect: Rect, compact: CompactNumber) -> [DrawItem] {
        guard let dimension = preferredDimension(kpi), let groups = kpi.breakdowns[dimension], !groups.isEmpty else {
            return [.text(TextBox("no breakdown", in: rect, style: LayoutContext.caption))]
        }
        let shown = groups.sorted { ($0.value ?? -.infinity, $1.key) > ($1.value ?? -.infinity, $0.key) }.prefix(
            maximumGroups)
        var items: [DrawItem] = [
            .text(
                TextBox(
                    "by \(dimension.replacingOccurrences(of: "_", with: " "))"
                        + (groups.count > shown.count ? " (top \(shown.count) of \(groups.count))" : ""),
                    in: rect.sliceTop(8).slice, style: TextStyle(size: 5.8, color: .muted)))
        ]
        let body = rect.sliceTop(9).rest
        let rowHeight = min(8.5, body.height / Double(maximumGroups))
        let labelWidth = body.width * 0.42
        let valueWidth = 34.0
        let scale = Scale(
            values: shown.map(\.value), from: body.x + labelWidth + 2,
            to: max(body.x + labelWidth + 2, body.maxX - valueWidth))
        for (index, group) in shown.enumerated() {
            let line = Rect(x: body.x, y: body.y + Double(index) * rowHeight, width: body.width, height: rowHeight)
            items.append(
                .text(
                    TextBox(
                        group.key, in: Rect(x: line.x, y: line.y, width: labelWidth, height: line.height),
                        style: TextStyle(size: 5.8))))
            let valueCell = Rect(x: line.maxX - valueWidth, y: line.y, width: valueWidth, height: line.height)
            guard let value = group.value, !group.suppressed else {
                items.append(
                    .text(
                        TextBox(
                            group.suppressed ? "suppressed" : "n/a", in: valueCell,
                            style: TextStyle(size: 5.8, color: .faint, alignment: .trailing))))
                continue
            }
            let zero = scale.position(0)
            let end = scale.position(value)
            items.append(
                .fill(
                    Rect(x: min(zero, end), y: line.y + 1.2, width: abs(end - zero), height: line.height - 2.4), .actual
                ))
            items.append(
                .text(
                    TextBox(
                        compact.format(value, unit: kpi.unit), in: valueCell,
                        style: TextStyle(size: 5.8, alignment: .trailing))))
        }
        return items
    }

    /// The dimension with the most groups that have a value (not suppressed); ties go to region,
    /// segment, sales channel, category, then the name.
    static func preferredDimension(_ kpi: KPIResult) -> String? {
        let preference = ["region", "segment", "sales_channel", "category"]
        func rank(_ name: String) -> Int { preference.firstIndex(of: name) ?? preference.count }
        func shown(_ name: String) -> Int {
            kpi.breakdowns[name]?.filter { !$0.suppressed && $0.value != nil }.count ?? 0
        }
        return kpi.breakdowns.keys.sorted { (shown($1), rank($0), $0) < (shown($0), rank($1), $1) }.first
    }
}
