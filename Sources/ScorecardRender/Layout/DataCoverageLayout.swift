import ScorecardResults

/// "Appendix: data sources": per source the table, how far its data reaches, the date it must
/// reach to cover the period (the period's end minus the source's lag) and whether it does; under
/// the table, the rows left out because a value could not be used (`bad_rows skip`).
struct DataCoverageLayout {
    let context: LayoutContext
    static let rowHeight = 15.0
    static let title = "Appendix: data sources"

    private static let widths = [0.22, 0.22, 0.14, 0.14, 0.12, 0.16]
    private static let titles = ["Source", "Table", "Data to", "Needed to", "Lag", "Covers the period"]

    func pages() -> [Page] {
        let sources = context.values.dataCoverage ?? []
        guard !sources.isEmpty else { return [] }
        let notes = badRowNotes
        let perPage = max(
            1, Int((context.content.height - 40 - Double(notes.count) * Self.noteHeight) / Self.rowHeight))
        let count = (sources.count + perPage - 1) / perPage
        return (0..<count).map { index in
            let subtitle =
                "How far each source's data reaches: the period \(context.values.period) is covered when it reaches the needed date."
            var items = PageFrame.header(Self.title, subtitle: subtitle, context: context)
            let rows = Array(sources.dropFirst(index * perPage).prefix(perPage))
            items += table(rows, in: context.content)
            if index == count - 1 { items += self.notes(notes, below: rows.count, in: context.content) }
            return Page(
                name: "data-sources-\(index + 1)", items: items,
                outline: index == 0 ? [OutlineEntry(title: Self.title, level: 0)] : [])
        }
    }

    static let noteHeight = 12.0

    /// One line per source, column and problem whose rows were left out.
    private var badRowNotes: [String] {
        context.values.badRows.map { "Left out of every measure (bad_rows skip): \($0.summary)." }
    }

    private func notes(_ lines: [String], below rows: Int, in area: Rect) -> [DrawItem] {
        let top = area.y + 6 + 12 + 3 + Double(rows) * Self.rowHeight + 8
        return lines.enumerated().map { index, line in
            let box = Rect(
                x: area.x, y: top + Double(index) * Self.noteHeight, width: area.width, height: Self.noteHeight)
            return .text(TextBox(line, in: box, style: LayoutContext.body.colored(.bad)))
        }
    }

    private func table(_ rows: [SourceCoverage], in area: Rect) -> [DrawItem] {
        let header = Rect(x: area.x, y: area.y + 6, width: area.width, height: 12)
        var items: [DrawItem] = zip(cells(header), Self.titles).map {
            .text(TextBox($0.1, in: $0.0, style: LayoutContext.caption))
        }
        items.append(.fill(Rect(x: area.x, y: header.maxY + 1, width: area.width, height: 0.6), .rule))
        for (row, source) in rows.enumerated() {
            let line = Rect(
                x: area.x, y: header.maxY + 3 + Double(row) * Self.rowHeight, width: area.width, height: Self.rowHeight)
            if row % 2 == 1 { items.append(.fill(line, .band)) }
            let texts = [
                source.source, source.table, source.lastDate ?? "no dated rows", source.neededDate, source.lag,
                source.covers ? "yes" : "no: provisional",
            ]
            for (index, (cell, text)) in zip(cells(line), texts).enumerated() {
                var style = index == 0 ? LayoutContext.body.emphasized : LayoutContext.body
                if index == 5, !source.covers { style = style.emphasized.colored(.bad) }
                items.append(.text(TextBox(text, in: cell.insetBy(dx: 2, dy: 0), style: style)))
            }
        }
        return items
    }

    private func cells(_ line: Rect) -> [Rect] {
        var x = line.x
        return Self.widths.map { fraction in
            defer { x += line.width * fraction }
            return Rect(x: x, y: line.y, width: line.width * fraction, height: line.height)
        }
    }
}
