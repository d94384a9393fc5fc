import ScorecardResults

/// "Restated since last published": every value published earlier that the data now gives
/// differently, with the published value, the value now, the change and when it was first published.
///
/// Placed right after the cover so the board sees it first; absent when nothing was restated.
struct RestatementLayout {
    let context: LayoutContext
    static let rowHeight = 15.0
    static let title = "Restated since last published"

    /// Columns: KPI, window, published, now, change, first published on, published in.
    private static let widths = [0.30, 0.11, 0.13, 0.13, 0.11, 0.12, 0.10]
    private static let titles = ["KPI", "Window", "Published", "Now", "Change", "First published", "Published in"]

    var perPage: Int { max(1, Int((context.content.height - 40) / Self.rowHeight)) }

    func pages() -> [Page] {
        let all = context.values.restatements ?? []
        guard !all.isEmpty else { return [] }
        let count = (all.count + perPage - 1) / perPage
        return (0..<count).map { index in
            let rows = all.dropFirst(index * perPage).prefix(perPage)
            let subtitle =
                "\(all.count) value\(all.count == 1 ? "" : "s") published in earlier packs changed with the data now held"
                + (count > 1 ? " · part \(index + 1) of \(count)" : "")
            var items = PageFrame.header(Self.title, subtitle: subtitle, context: context)
            items += table(Array(rows), in: context.content)
            return Page(
                name: "restatements-\(index + 1)", items: items,
                outline: index == 0 ? [OutlineEntry(title: Self.title, level: 0)] : [])
        }
    }

    private func table(_ rows: [Restatement], in area: Rect) -> [DrawItem] {
        let header = Rect(x: area.x, y: area.y + 6, width: area.width, height: 12)
        var items: [DrawItem] = zip(cells(header), Self.titles).enumerated().map { index, pair in
            .text(
                TextBox(
                    pair.1, in: Self.padded(pair.0, column: index),
                    style: LayoutContext.caption.aligned(index >= 2 && index <= 4 ? .trailing : .leading)))
        }
        items.append(.fill(Rect(x: area.x, y: header.maxY + 1, width: area.width, height: 0.6), .rule))
        for (row, restatement) in rows.enumerated() {
            let line = Rect(
                x: area.x, y: header.maxY + 3 + Double(row) * Self.rowHeight, width: area.width, height: Self.rowHeight)
            if row % 2 == 1 { items.append(.fill(line, .band)) }
            let formatter = context.formatter
            let texts = [
                restatement.label, restatement.window, formatter.format(restatement.published, unit: restatement.unit),
                formatter.format(restatement.now, unit: restatement.unit),
                formatter.formatVariance(restatement.change, unit: restatement.unit),
                String(restatement.firstPublished.prefix(10)), restatement.publishedIn,
            ]
            for (index, (cell, text)) in zip(cells(line), texts).enumerated() {
                let style = index == 0 ? LayoutContext.body.emphasized : LayoutContext.body
                items.append(
                    .text(
                        TextBox(
                            text, in: Self.padded(cell, column: index),
                            style: style.aligned(index >= 2 && index <= 4 ? .trailing : .leading))))
            }
        }
        return items
    }

    /// A cell inset by 2 points, the dates further from the right-aligned numbers before them.
    private static func padded(_ cell: Rect, column: Int) -> Rect {
        let lead = column >= 5 ? 14.0 : 2.0
        return Rect(x: cell.x + lead, y: cell.y, width: cell.width - lead - 2, height: cell.height)
    }

    private func cells(_ line: Rect) -> [Rect] {
        var x = line.x
        return Self.widths.map { fraction in
            defer { x += line.width * fraction }
            return Rect(x: x, y: line.y, width: line.width * fraction, height: line.height)
        }
    }
}
