import ScorecardModel
import ScorecardResults

/// The executive summary: status counts, the three best and worst KPIs against target, and the
/// CRM transformation map (six stages from product to customer).
struct SummaryLayout {
    let context: LayoutContext

    func page() -> Page {
        var area = context.content
        var items = PageFrame.header(
            "Executive summary",
            subtitle:
                "Status against target, the largest variances, and where the organisation stands from product to customer focus.",
            context: context)
        if let message = context.values.message {
            let (band, remaining) = area.sliceTop(34)
            items.append(.fill(Rect(x: band.x, y: band.y + 4, width: 3, height: band.height - 8), .accent))
            items.append(
                .text(
                    TextBox(
                        message,
                        in: Rect(x: band.x + 10, y: band.y + 3, width: band.width - 10, height: band.height - 6),
                        style: TextStyle(size: 11, bold: true, color: .accent), maxLines: 2)))
            area = remaining
        }
        let (top, rest) = area.insetBy(dx: 0, dy: 0).sliceTop(56)
        items += statusTiles(in: Rect(x: top.x, y: top.y + 6, width: top.width, height: 44))
        let (lists, mapArea) = rest.sliceTop(150)
        let halves = lists.insetBy(dx: 0, dy: 8).columns(2, gap: 24)
        let ranked = context.values.kpis.filter { $0.performance != nil }.sorted {
            ($0.performance ?? 0, $1.id) > ($1.performance ?? 0, $0.id)
        }
        items += rankedList("Three best against target", Array(ranked.prefix(3)), in: halves[0])
        items += rankedList("Three worst against target", Array(ranked.suffix(3).reversed()), in: halves[1])
        items += TransformationMap(context: context).items(in: mapArea.insetBy(dx: 0, dy: 4))
        return Page(name: "summary", items: items, outline: [OutlineEntry(title: "Executive summary", level: 0)])
    }

    /// One tile per status with its count, shape and word.
    func statusTiles(in area: Rect) -> [DrawItem] {
        var items: [DrawItem] = []
        for (status, tile) in zip(KPIStatus.allCases, area.columns(4, gap: 10)) {
            let count = context.values.kpis.filter { $0.status == status }.count
            items.append(.fill(tile, .band))
            items.append(.fill(Rect(x: tile.x, y: tile.y, width: 3, height: tile.height), StatusMark.color(status)))
            items.append(StatusMark.shape(status, center: Point(x: tile.x + 18, y: tile.midY), size: 13))
            items.append(
                .text(
                    TextBox(
                        "\(count)", in: Rect(x: tile.x + 30, y: tile.y + 4, width: 50, height: tile.height - 8),
                        style: TextStyle(size: 22, bold: true))))
            items.append(
                .text(
                    TextBox(
                        StatusMark.word(status),
                        in: Rect(x: tile.x + 82, y: tile.y + 6, width: tile.width - 88, height: 14),
                        style: LayoutContext.body.emphasized)))
            items.append(
                .text(
                    TextBox(
                        count == 1 ? "KPI" : "KPIs",
                        in: Rect(x: tile.x + 82, y: tile.y + 22, width: tile.width - 88, height: 12),
                        style: LayoutContext.caption)))
        }
        return items
    }

    /// A heading and up to three KPIs with actual, target and relative variance.
    func rankedList(_ title: String, _ kpis: [KPIResult], in area: Rect) -> [DrawItem] {
        var items: [DrawItem] = [.text(TextBox(title, in: area.sliceTop(16).slice, style: LayoutContext.heading))]
        let header = Rect(x: area.x, y: area.y + 18, width: area.width, height: 12)
        let columns = [0.46, 0.18, 0.18, 0.18]
        let titles = ["KPI", "Actual", "Target", "Var. %"]
        for (index, cell) in cells(header, columns).enumerated() {
            items.append(
                .text(
                    TextBox(
                        titles[index], in: cell, style: LayoutContext.caption.aligned(index == 0 ? .leading : .trailing)
                    )))
        }
        items.append(.fill(Rect(x: area.x, y: header.maxY, width: area.width, height: 0.5), .rule))
        for (row, kpi) in kpis.enumerated() {
            let line = Rect(x: area.x, y: header.maxY + 2 + Double(row) * 30, width: area.width, height: 28)
            let parts = cells(line, columns)
            items.append(StatusMark.shape(kpi.status, center: Point(x: parts[0].x + 4, y: line.y + 7), size: 7.5))
            items.append(
                .text(
                    TextBox(
                        kpi.label, in: Rect(x: parts[0].x + 12, y: line.y, width: parts[0].width - 14, height: 14),
                        style: LayoutContext.body.emphasized)))
            items.append(
                .text(
                    TextBox(
                        "\(kpi.stage.label) · \(kpi.owner ?? "no owner")",
                        in: Rect(x: parts[0].x + 12, y: line.y + 14, width: parts[0].width - 14, height: 11),
                        style: LayoutContext.caption)))
            let numbers = [
                context.formatter.format(kpi.value, unit: kpi.unit),
                context.formatter.format(kpi.target, unit: kpi.unit),
                context.formatter.formatRelative(kpi.variance?.relative),
            ]
            for (index, text) in numbers.enumerated() {
                var style = LayoutContext.body.aligned(.trailing)
                if index == 2, let perf = kpi.performance {
                    style = style.colored(perf >= 0 ? .positive : .negative).emphasized
                }
                items.append(
                    .text(
                        TextBox(
                            text, in: Rect(x: parts[index + 1].x, y: line.y, width: parts[index + 1].width, height: 14),
                            style: style)))
            }
        }
        if kpis.isEmpty {
            items.append(
                .text(
                    TextBox(
                        "No KPI has both a value and a target.",
                        in: Rect(x: area.x, y: header.maxY + 4, width: area.width, height: 14),
                        style: LayoutContext.body)))
        }
        return items
    }

    private func cells(_ row: Rect, _ fractions: [Double]) -> [Rect] {
        var x = row.x
        return fractions.map { fraction in
            defer { x += row.width * fraction }
            return Rect(x: x, y: row.y, width: row.width * fraction, height: row.height)
        }
    }
}
