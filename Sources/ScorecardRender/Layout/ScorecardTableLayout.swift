import ScorecardModel
import ScorecardResults

/// The one-page scorecard: a status strip, then every KPI grouped by stage with month, last-year
/// and year-to-date figures, status (shape, word, colour) and a 13-month sparkline.
struct ScorecardTableLayout {
    let context: LayoutContext

    func page() -> Page {
        var items = PageFrame.header(
            "Scorecard",
            subtitle: "\(context.periodName): actual against target, last year and year to date, grouped by CRM stage."
                + (context.values.kpis.contains { $0.comment != nil }
                    ? " A corner mark on a KPI: the controller's comment is on its stage page (amber: written against an earlier value)."
                    : ""),
            context: context)
        let area = context.content
        let (strip, rest) = area.sliceTop(20)
        items += statusStrip(in: strip.sliceTop(14).slice)
        let tableStart = items.count
        let (header, body) = rest.sliceTop(22)
        items += headings(in: header)
        let rowCount = context.values.kpis.count + context.stages.count
        let rowHeight = min(15, body.height / Double(max(rowCount, 1)))
        let textSize = min(7, rowHeight * 0.6)
        var y = body.y
        var outline: [OutlineEntry] = [OutlineEntry(title: "Scorecard", level: 0)]
        for stage in context.stages {
            let stageRow = Rect(x: body.x, y: y, width: body.width, height: rowHeight)
            items.append(
                .fill(Rect(x: stageRow.x, y: stageRow.maxY - 0.6, width: stageRow.width, height: 0.6), .accent))
            items.append(
                .text(
                    TextBox(
                        "\(stage.order + 1). \(stage.label)", in: stageRow.insetBy(dx: 2, dy: 0),
                        style: TextStyle(size: textSize + 0.4, bold: true, color: .accent))))
            outline.append(OutlineEntry(title: stage.label, level: 1))
            y += rowHeight
            for (index, kpi) in context.kpis(in: stage).enumerated() {
                let line = Rect(x: body.x, y: y, width: body.width, height: rowHeight)
                if index % 2 == 1 { items.append(.fill(line, .band)) }
                items += row(kpi, in: line, textSize: textSize)
                y += rowHeight
            }
        }
        // The table (headings and rows) is one `Table` structure element of the tagged PDF.
        items = Array(items[..<tableStart]) + [.tagged("Table", Array(items[tableStart...]))]
        return Page(name: "scorecard", items: items, outline: outline)
    }

    /// Counts by status in one line above the table.
    private func statusStrip(in area: Rect) -> [DrawItem] {
        var items: [DrawItem] = []
        var x = area.x
        for status in KPIStatus.allCases {
            let count = context.values.kpis.filter { $0.status == status }.count
            items.append(StatusMark.shape(status, center: Point(x: x + 5, y: area.midY), size: 8))
            items.append(
                .text(
                    TextBox(
                        "\(count) \(StatusMark.word(status).lowercased())",
                        in: Rect(x: x + 12, y: area.y, width: 80, height: area.height),
                        style: LayoutContext.body)))
            x += 96
        }
        return items
    }

    private func headings(in area: Rect) -> [DrawItem] {
        var items: [DrawItem] = []
        let cells = columnCells(area)
        for (column, cell) in zip(TableColumn.scorecard, cells) {
            let style = LayoutContext.caption.aligned(column.kind == .number ? .trailing : .leading)
            items.append(
                .text(
                    TextBox(
                        column.title, in: Rect(x: cell.x + 2, y: area.y + 11, width: cell.width - 4, height: 10),
                        style: style)))
        }
        for group in ["Month", "Last year", "Year to date"] {
            let members = zip(TableColumn.scorecard, cells).filter { $0.0.group == group }.map(\.1)
            guard let first = members.first, let last = members.last else { continue }
            let span = Rect(x: first.x + 2, y: area.y, width: last.maxX - first.x - 4, height: 10)
            items.append(.text(TextBox(group, in: span, style: LayoutContext.caption.emphasized.aligned(.center))))
            items.append(.fill(Rect(x: span.x, y: span.maxY, width: span.width, height: 0.4), .faint))
        }
        items.append(.fill(Rect(x: area.x, y: area.maxY - 0.8, width: area.width, height: 0.8), .ink))
        return items
    }

    private func row(_ kpi: KPIResult, in line: Rect, textSize: Double) -> [DrawItem] {
        let f = context.formatter
        let unit = kpi.unit
        let texts: [String?] = [
            kpi.label,
            f.format(kpi.value, unit: unit), f.format(kpi.target, unit: unit),
            kpi.variance.map { f.formatVariance($0.absolute, unit: unit) } ?? "n/a",
            f.formatRelative(kpi.variance?.relative),
            f.format(kpi.lastYear, unit: unit), f.formatRelative(kpi.lastYearVariance?.relative),
            f.format(kpi.ytd, unit: unit), f.format(kpi.ytdTarget, unit: unit),
            f.formatRelative(kpi.ytdVariance?.relative),
            nil, nil,
        ]
        var items: [DrawItem] = []
        let favourable: [Int: Double?] = [
            3: kpi.variance?.absolute, 4: kpi.variance?.absolute, 6: kpi.lastYearVariance?.absolute,
            9: kpi.ytdVariance?.absolute,
        ]
        for (index, (column, cell)) in zip(TableColumn.scorecard, columnCells(line)).enumerated() {
            let inner = cell.insetBy(dx: 2, dy: 0)
            switch column.kind {
            case .label:
                items.append(
                    .text(
                        TextBox(
                            texts[index] ?? "",
                            in: Rect(x: inner.x + 6, y: inner.y, width: inner.width - 6, height: inner.height),
                            style: TextStyle(size: textSize))))
                items += CommentMark.corner(kpi.comment, in: cell)
            case .number:
                var style = TextStyle(size: textSize, alignment: .trailing)
                if let difference = favourable[index] ?? nil {
                    style = style.colored(kpi.isFavourable(difference) ? .positive : .negative)
                }
                if texts[index] == "n/a" { style = style.colored(.faint) }
                items.append(.text(TextBox(texts[index] ?? "", in: inner, style: style)))
            case .status:
                items += StatusMark.items(kpi.status, in: inner, textSize: textSize)
            case .sparkline:
                items += Sparkline.items(kpi.trend, in: inner.insetBy(dx: 4, dy: 1))
            }
        }
        return items
    }

    /// The cells of a row, one per column.
    private func columnCells(_ row: Rect) -> [Rect] {
        var x = row.x
        return TableColumn.scorecard.map { column in
            defer { x += row.width * column.fraction }
            return Rect(x: x, y: row.y, width: row.width * column.fraction, height: row.height)
        }
    }
}
