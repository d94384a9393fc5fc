import ScorecardResults

/// The header and footer every page but the cover shares: page title, pack title and period,
/// the organisation and "page x of y" (added once all pages are laid out).
enum PageFrame {
    /// The header: the page's title left, the pack title and period right, a rule below.
    static func header(_ title: String, subtitle: String? = nil, context: LayoutContext) -> [DrawItem] {
        let m = context.margin
        let width = context.paper.size.width - 2 * m
        let values = context.values
        var items: [DrawItem] = [
            .tagged(
                "H1",
                [
                    .text(
                        TextBox(
                            title, in: Rect(x: m, y: m, width: width * 0.62, height: 20), style: LayoutContext.title))
                ]),
            .text(
                TextBox(
                    "\(values.title) · \(context.periodName)",
                    in: Rect(x: m + width * 0.62, y: m, width: width * 0.38, height: 20),
                    style: LayoutContext.caption.aligned(.trailing))),
            .fill(Rect(x: m, y: m + 24, width: width, height: 0.8), .accent),
        ]
        if let subtitle {
            items.append(
                .text(
                    TextBox(
                        subtitle, in: Rect(x: m, y: m + 25.5, width: width, height: 8.5), style: LayoutContext.caption))
            )
        }
        return items
    }

    /// The footer: organisation left, "page x of y" right.
    static func footer(page: Int, of total: Int, context: LayoutContext) -> [DrawItem] {
        let m = context.margin
        let size = context.paper.size
        let y = size.height - m - 10
        let width = size.width - 2 * m
        return [
            .fill(Rect(x: m, y: y - 3, width: width, height: 0.4), .rule),
            .text(
                TextBox(
                    context.values.organisation, in: Rect(x: m, y: y, width: width / 2, height: 10),
                    style: LayoutContext.caption)),
            .text(
                TextBox(
                    "page \(page) of \(total)", in: Rect(x: m + width / 2, y: y, width: width / 2, height: 10),
                    style: LayoutContext.caption.aligned(.trailing))),
        ]
    }

    /// On every page of a provisional pack: a red band across the top margin saying so.
    static func provisionalMark(context: LayoutContext) -> [DrawItem] {
        guard context.values.provisional == true else { return [] }
        let short = (context.values.dataCoverage ?? []).filter { !$0.covers }.count
        let text =
            "PROVISIONAL: the data of \(short) source\(short == 1 ? "" : "s") does not cover \(context.values.period) (see Appendix: data sources)"
        let width = context.paper.size.width - 2 * context.margin
        let band = Rect(x: context.margin, y: 8, width: width, height: 15)
        return [
            .fill(band, .bad),
            .text(TextBox(text, in: band, style: TextStyle(size: 7.5, bold: true, color: .white).aligned(.center))),
        ]
    }
}
