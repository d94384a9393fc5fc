import ScorecardResults

/// How the controller's comments show in the pack: a corner mark in the scorecard table (as a
/// spreadsheet marks a cell with a note) and the text on the KPI's stage page.
enum CommentMark {
    /// A triangle in the top-right corner of `cell`: accent blue, or amber when the comment is stale.
    static func corner(_ comment: KPIComment?, in cell: Rect) -> [DrawItem] {
        guard let comment else { return [] }
        let size = min(5, cell.height * 0.45)
        return [
            .polygon(
                [
                    Point(x: cell.maxX - size, y: cell.y), Point(x: cell.maxX, y: cell.y),
                    Point(x: cell.maxX, y: cell.y + size),
                ],
                comment.stale ? .watch : .accent)
        ]
    }

    /// The comment as a small paragraph filling `rect`, led by a stale warning when its value has changed.
    static func text(_ kpi: KPIResult, in rect: Rect, formatter: ValueFormatter) -> [DrawItem] {
        guard let comment = kpi.comment, rect.height >= 7 else { return [] }
        let style = TextStyle(size: 6.1, italic: true, color: .ink)
        let lines = max(1, Int(rect.height / (style.size * 1.3)))
        var text = comment.text
        if comment.stale {
            text = "Stale, written against \(formatter.format(comment.writtenAgainst, unit: kpi.unit)): " + text
        }
        return [
            .fill(
                Rect(x: rect.x, y: rect.y + 1, width: 1.2, height: rect.height - 2), comment.stale ? .watch : .accent),
            .text(
                TextBox(
                    text, in: Rect(x: rect.x + 4, y: rect.y, width: rect.width - 4, height: rect.height), style: style,
                    maxLines: lines, centeredVertically: false)),
        ]
    }
}
