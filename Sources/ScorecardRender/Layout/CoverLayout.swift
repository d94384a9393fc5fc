import ScorecardResults

/// The cover: title, organisation, period, "data as of" and a clickable contents list.
struct CoverLayout {
    let context: LayoutContext

    /// Contents entries: a title and the 1-based page it links to.
    func page(contents: [(title: String, page: Int)]) -> Page {
        let size = context.paper.size
        let m = context.margin
        let values = context.values
        let left = m + 40
        let width = size.width - 2 * left
        var items: [DrawItem] = [
            .fill(Rect(x: 0, y: 0, width: 14, height: size.height), .accent),
            .text(
                TextBox(
                    "Board pack", in: Rect(x: left, y: 90, width: width, height: 14),
                    style: LayoutContext.heading.colored(.muted))),
            .text(
                TextBox(
                    values.title, in: Rect(x: left, y: 108, width: width, height: 66),
                    style: TextStyle(size: 26, bold: true, color: .accent), maxLines: 2, centeredVertically: false)),
            .text(
                TextBox(
                    values.organisation, in: Rect(x: left, y: 180, width: width, height: 20), style: TextStyle(size: 14)
                )),
            .text(
                TextBox(
                    context.periodName
                        + (values.periodStart == values.periodEnd
                            ? ""
                            : "  (\(context.formatter.month(values.periodStart)) to \(context.formatter.month(values.periodEnd)))"),
                    in: Rect(x: left, y: 206, width: width, height: 16),
                    style: TextStyle(size: 11, color: .muted))),
            .text(
                TextBox(
                    "Data as of \(context.dataAsOf)", in: Rect(x: left, y: 224, width: width, height: 16),
                    style: TextStyle(size: 11, color: .muted))),
            .text(
                TextBox(
                    coverage, in: Rect(x: left, y: 240, width: width, height: 16),
                    style: TextStyle(
                        size: 11, bold: values.provisional == true, color: values.provisional == true ? .bad : .muted))),
            .fill(Rect(x: left, y: 262, width: 180, height: 0.8), .accent),
            .text(TextBox("Contents", in: Rect(x: left, y: 272, width: 200, height: 16), style: LayoutContext.heading)),
        ]
        let rowHeight = 14.0
        for (index, entry) in contents.enumerated() {
            let row = Rect(x: left, y: 292 + Double(index) * rowHeight, width: 320, height: rowHeight)
            let column =
                index < 14 ? row : Rect(x: row.x + 340, y: row.y - 14 * rowHeight, width: row.width, height: row.height)
            items.append(
                .text(TextBox(entry.title, in: column.sliceLeft(280).slice, style: LayoutContext.body.colored(.accent)))
            )
            items.append(
                .text(
                    TextBox(
                        "\(entry.page)", in: column.sliceLeft(280).rest, style: LayoutContext.body.aligned(.trailing))))
            items.append(.link(column, page: entry.page))
        }
        return Page(name: "cover", items: items, outline: [OutlineEntry(title: "Cover", level: 0)])
    }

    /// "All 8 sources cover the period; data to 2026-10-31", or which sources fall short.
    private var coverage: String {
        let sources = context.values.dataCoverage ?? []
        guard !sources.isEmpty else { return "" }
        let short = sources.filter { !$0.covers }
        if short.isEmpty {
            let latest = sources.compactMap(\.lastDate).max() ?? ""
            return "All \(sources.count) sources cover the period; data to \(latest) (appendix: data sources)"
        }
        let names = short.map { "\($0.source) to \($0.lastDate ?? "no data")" }.joined(separator: ", ")
        return "Provisional: data incomplete for \(names)"
    }
}
