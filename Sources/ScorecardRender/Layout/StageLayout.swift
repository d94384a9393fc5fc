import ScorecardModel
import ScorecardResults

/// One page per stage (more when a stage has many KPIs): per KPI a row with the figures, a bullet
/// graph, the 13-month IBCS column chart with variance bars, and breakdown bars.
struct StageLayout {
    let context: LayoutContext
    /// The most KPI rows on one page; more continue on the next page so rows never get cramped.
    static let rowsPerPage = 8

    /// The stage's pages: `stage-<id>`, then `stage-<id>-2`… for continuations.
    func pages(_ stage: Stage) -> [Page] {
        let kpis = context.kpis(in: stage)
        let chunks = stride(from: 0, to: max(kpis.count, 1), by: Self.rowsPerPage).map {
            Array(kpis[$0..<min($0 + Self.rowsPerPage, kpis.count)])
        }
        return chunks.enumerated().map { index, chunk in
            page(stage, kpis: chunk, all: kpis, part: index + 1, of: chunks.count)
        }
    }

    private func page(_ stage: Stage, kpis: [KPIResult], all: [KPIResult], part: Int, of parts: Int) -> Page {
        let internalCount = all.filter { $0.focus == .internal }.count
        let title = "\(stage.order + 1). \(stage.label)" + (parts > 1 ? " (\(part) of \(parts))" : "")
        var items = PageFrame.header(
            title,
            subtitle:
                "\(all.count) KPIs · \(internalCount) internal, \(all.count - internalCount) external · bullets share one scale (% of target); columns: actual dark, last year grey, plan outlined",
            context: context)
        let area = context.content
        let widths = [0.25, 0.2, 0.33, 0.22]
        let (header, body) = area.sliceTop(12)
        for (title, cell) in zip(
            ["KPI", "Actual against target", "13 months and variance", "Breakdown"], cells(header, widths))
        {
            items.append(.text(TextBox(title, in: cell.insetBy(dx: 4, dy: 0), style: LayoutContext.caption.emphasized)))
        }
        items.append(.fill(Rect(x: area.x, y: header.maxY, width: area.width, height: 0.6), .ink))
        let rowHeight = min(90, body.height / Double(Self.rowsPerPage))
        var outline = part == 1 ? [OutlineEntry(title: stage.label, level: 1)] : []
        for (index, kpi) in kpis.enumerated() {
            let row = Rect(x: body.x, y: body.y + Double(index) * rowHeight, width: body.width, height: rowHeight)
            items += self.row(kpi, in: row, widths: widths)
            items.append(.fill(Rect(x: row.x, y: row.maxY - 0.4, width: row.width, height: 0.4), .rule))
            outline.append(OutlineEntry(title: kpi.label, level: 2))
        }
        return Page(name: "stage-\(stage.rawValue)" + (part > 1 ? "-\(part)" : ""), items: items, outline: outline)
    }

    private func row(_ kpi: KPIResult, in row: Rect, widths: [Double]) -> [DrawItem] {
        let parts = cells(row.insetBy(dx: 0, dy: 3), widths).map { $0.insetBy(dx: 4, dy: 0) }
        let f = context.formatter
        var items: [DrawItem] = []
        let label = parts[0]
        items.append(StatusMark.shape(kpi.status, center: Point(x: label.x + 4, y: label.y + 5.5), size: 7.5))
        items.append(
            .text(
                TextBox(
                    kpi.label, in: Rect(x: label.x + 12, y: label.y, width: label.width - 12, height: 11),
                    style: LayoutContext.body.emphasized)))
        let lines: [(String, String)] = [
            ("Actual", f.format(kpi.value, unit: kpi.unit)),
            ("Target", f.format(kpi.target, unit: kpi.unit)),
            ("Status", StatusMark.word(kpi.status)),
            ("Owner", kpi.owner ?? "none"),
        ]
        let lineHeight = min(9.5, (label.height - 12) / Double(lines.count))
        for (index, (name, value)) in lines.enumerated() {
            let line = Rect(
                x: label.x + 12, y: label.y + 12 + Double(index) * lineHeight, width: label.width - 12,
                height: lineHeight)
            items.append(.text(TextBox(name, in: line.sliceLeft(34).slice, style: TextStyle(size: 6.3, color: .muted))))
            items.append(
                .text(
                    TextBox(
                        value, in: line.sliceLeft(34).rest,
                        style: TextStyle(size: 6.8, alignment: index < 2 ? .trailing : .leading))))
        }
        let bullet = parts[1]
        let bulletHeight = min(26, bullet.height - 4)
        items += BulletGraph.items(
            kpi, in: Rect(x: bullet.x, y: bullet.y + 4, width: bullet.width, height: bulletHeight), formatter: f)
        let below = bullet.y + 4 + bulletHeight + 3
        items += CommentMark.text(
            kpi, in: Rect(x: bullet.x, y: below, width: bullet.width, height: bullet.maxY - below), formatter: f)
        let chart = parts[2]
        let varianceHeight = min(20, max(17, chart.height * 0.34))
        items += ColumnChart.items(
            kpi, in: Rect(x: chart.x, y: chart.y, width: chart.width, height: chart.height - varianceHeight - 2),
            compact: context.compact)
        items += VarianceBars.items(
            kpi, in: Rect(x: chart.x, y: chart.maxY - varianceHeight, width: chart.width, height: varianceHeight),
            formatter: f)
        items += BreakdownBars.items(kpi, in: parts[3], compact: context.compact)
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
