import ScorecardResults

/// The controller's commentary in full, after the executive summary: per commented KPI its status,
/// figures and comment (the stage pages show only the comment's first lines). No page without comments.
struct CommentaryLayout {
    let context: LayoutContext
    static let rowHeight = 50.0

    var commented: [KPIResult] {
        context.stages.flatMap { context.kpis(in: $0) }.filter { $0.comment != nil }
    }

    var perPage: Int { max(1, Int((context.content.height - 4) / Self.rowHeight)) }

    func pages() -> [Page] {
        let kpis = commented
        guard !kpis.isEmpty else { return [] }
        let count = (kpis.count + perPage - 1) / perPage
        return (0..<count).map { index in
            var items = PageFrame.header(
                "Commentary",
                subtitle: "The controller's comments on \(context.periodName)"
                    + (count > 1 ? ", part \(index + 1) of \(count)" : "")
                    + "; a comment written against an earlier value is marked stale.",
                context: context)
            var outline = index == 0 ? [OutlineEntry(title: "Commentary", level: 0)] : []
            let area = context.content
            for (row, kpi) in kpis.dropFirst(index * perPage).prefix(perPage).enumerated() {
                let rect = Rect(
                    x: area.x, y: area.y + 4 + Double(row) * Self.rowHeight, width: area.width,
                    height: Self.rowHeight - 4)
                items += entry(kpi, in: rect)
                outline.append(OutlineEntry(title: kpi.label, level: 1))
            }
            return Page(name: "commentary-\(index + 1)", items: items, outline: outline)
        }
    }

    private func entry(_ kpi: KPIResult, in rect: Rect) -> [DrawItem] {
        guard let comment = kpi.comment else { return [] }
        let f = context.formatter
        let (left, right) = rect.sliceLeft(rect.width * 0.32)
        let figures =
            "\(f.format(kpi.value, unit: kpi.unit)) against \(f.format(kpi.target, unit: kpi.unit))"
            + (kpi.variance.map { " (\(f.formatRelative($0.relative)))" } ?? "")
        var items: [DrawItem] = [
            .fill(Rect(x: rect.x, y: rect.maxY + 1.8, width: rect.width, height: 0.4), .rule),
            StatusMark.shape(kpi.status, center: Point(x: left.x + 4, y: left.y + 5.5), size: 7.5),
            .text(
                TextBox(
                    kpi.label, in: Rect(x: left.x + 12, y: left.y, width: left.width - 20, height: 11),
                    style: LayoutContext.body.emphasized)),
            .text(
                TextBox(
                    "\(kpi.stage.label) · \(kpi.owner ?? "no owner")",
                    in: Rect(x: left.x + 12, y: left.y + 12, width: left.width - 20, height: 9),
                    style: TextStyle(size: 6.5, color: .muted))),
            .text(
                TextBox(
                    figures, in: Rect(x: left.x + 12, y: left.y + 22, width: left.width - 20, height: 9),
                    style: TextStyle(size: 6.8))),
        ]
        var text = comment.text
        if comment.stale {
            text = "Stale, written against \(f.format(comment.writtenAgainst, unit: kpi.unit)): " + text
        }
        items.append(
            .fill(
                Rect(x: right.x, y: right.y + 1, width: 1.5, height: right.height - 2), comment.stale ? .watch : .accent
            ))
        items.append(
            .text(
                TextBox(
                    text, in: Rect(x: right.x + 6, y: right.y, width: right.width - 6, height: right.height),
                    style: TextStyle(size: 7.5), maxLines: Int(right.height / (7.5 * 1.3)), centeredVertically: false)))
        return items
    }
}
