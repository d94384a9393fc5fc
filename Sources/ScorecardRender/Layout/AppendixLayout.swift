import ScorecardResults

/// The appendix: every KPI's definition (description, expression as written, owner, stage and
/// focus, unit and polarity, where its target comes from), a fixed number per page.
struct AppendixLayout {
    let context: LayoutContext
    static let rowHeight = 44.0

    /// How many KPIs fit on one appendix page.
    var perPage: Int { max(1, Int((context.content.height - 14) / Self.rowHeight)) }

    /// The number of appendix pages for the values.
    var pageCount: Int { max(1, (context.values.kpis.count + perPage - 1) / perPage) }

    func pages() -> [Page] {
        let kpis = context.values.kpis
        return (0..<pageCount).map { index in
            let chunk = kpis.dropFirst(index * perPage).prefix(perPage)
            var items = PageFrame.header(
                "Appendix: KPI definitions", subtitle: pageCount > 1 ? "part \(index + 1) of \(pageCount)" : nil,
                context: context)
            var outline: [OutlineEntry] = index == 0 ? [OutlineEntry(title: "Appendix: KPI definitions", level: 0)] : []
            let area = context.content
            for (row, kpi) in chunk.enumerated() {
                let rect = Rect(
                    x: area.x, y: area.y + 4 + Double(row) * Self.rowHeight, width: area.width,
                    height: Self.rowHeight - 4)
                items += definition(kpi, in: rect)
                outline.append(OutlineEntry(title: kpi.label, level: 1))
            }
            return Page(name: "appendix-\(index + 1)", items: items, outline: outline)
        }
    }

    private func definition(_ kpi: KPIResult, in rect: Rect) -> [DrawItem] {
        let (left, right) = rect.sliceLeft(rect.width * 0.3)
        let facts =
            "\(kpi.stage.label) · \(kpi.focus.rawValue) · \(kpi.unit.rawValue), \(kpi.better.rawValue) is better"
        let target = "Owner: \(kpi.owner ?? "none") · target: \(kpi.targetSource ?? "none")"
        return [
            .fill(Rect(x: rect.x, y: rect.maxY + 1.8, width: rect.width, height: 0.4), .rule),
            .text(
                TextBox(
                    kpi.label, in: Rect(x: left.x, y: left.y, width: left.width - 8, height: 11),
                    style: LayoutContext.body.emphasized)),
            .text(
                TextBox(
                    kpi.id, in: Rect(x: left.x, y: left.y + 11, width: left.width - 8, height: 9),
                    style: TextStyle(size: 6.3, color: .muted, family: "DejaVu Sans Mono"))),
            .text(
                TextBox(
                    facts, in: Rect(x: left.x, y: left.y + 20, width: left.width - 8, height: 9),
                    style: TextStyle(size: 6.3, color: .muted))),
            .text(
                TextBox(
                    target, in: Rect(x: left.x, y: left.y + 29, width: left.width - 8, height: 9),
                    style: TextStyle(size: 6.3, color: .muted))),
            .text(
                TextBox(
                    kpi.description ?? "No description.",
                    in: Rect(x: right.x, y: right.y, width: right.width, height: 20),
                    style: TextStyle(size: 7), maxLines: 2, centeredVertically: false)),
            .text(
                TextBox(
                    kpi.expression, in: Rect(x: right.x, y: right.y + 21, width: right.width, height: 18),
                    style: TextStyle(size: 6.5, color: .accent, family: "DejaVu Sans Mono"), maxLines: 2,
                    centeredVertically: false)),
        ]
    }
}
