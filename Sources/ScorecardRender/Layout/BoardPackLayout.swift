import ScorecardResults

/// Lays out the whole board pack, then numbers the pages ("page x of y") and links the contents.
///
/// Order: cover with contents, restatements (when any), executive summary, the commentary (when
/// there is any), scorecard table, one page per stage, appendix (KPI definitions, data sources).
/// A provisional pack is marked on every page.
///
/// ```swift
/// let layout = BoardPackLayout(context: LayoutContext(values: values, paper: .a4, dataAsOf: "2026-05-31 23:59 UTC"))
/// let pages = layout.pages()          // [Page] ready for PDFRenderer
/// let overview = layout.overview()    // the scorecard page for scorecard.png
/// ```
public struct BoardPackLayout: Sendable {
    /// The values, paper and formatters every page uses.
    public let context: LayoutContext

    /// A layout of one period's values.
    public init(context: LayoutContext) { self.context = context }

    /// Every page of the board pack in order, numbered, with the contents linked.
    public func pages() -> [Page] {
        var body: [Page] = RestatementLayout(context: context).pages()
        body +=
            [SummaryLayout(context: context).page()] + CommentaryLayout(context: context).pages()
            + [ScorecardTableLayout(context: context).page()]
        var stagePages = context.stages.flatMap { StageLayout(context: context).pages($0) }
        if !stagePages.isEmpty { stagePages[0].outline.insert(OutlineEntry(title: "Stages", level: 0), at: 0) }
        body += stagePages
        body += AppendixLayout(context: context).pages()
        body += DataCoverageLayout(context: context).pages()
        var contents: [(title: String, page: Int)] = []
        for (index, page) in body.enumerated() {
            for entry in page.outline where entry.level == 0 || (entry.level == 1 && page.name.hasPrefix("stage-")) {
                contents.append((entry.level == 1 ? "    " + entry.title : entry.title, index + 2))
            }
        }
        var pages = [CoverLayout(context: context).page(contents: contents)] + body
        let total = pages.count
        for index in pages.indices {
            if index > 0 { pages[index].items += PageFrame.footer(page: index + 1, of: total, context: context) }
            pages[index].items += PageFrame.provisionalMark(context: context)
        }
        return pages
    }

    /// The one-page overview for `scorecard.png`: the status strip and the scorecard table.
    public func overview() -> Page {
        var page = ScorecardTableLayout(context: context).page()
        page.items += PageFrame.footer(page: 1, of: 1, context: context).dropLast()
        page.items += PageFrame.provisionalMark(context: context)
        return page
    }

    /// The stage pages alone, for `stage-<id>.png`.
    public func stagePages() -> [Page] {
        context.stages.flatMap { StageLayout(context: context).pages($0) }.map { page in
            var marked = page
            marked.items += PageFrame.provisionalMark(context: context)
            return marked
        }
    }
}
