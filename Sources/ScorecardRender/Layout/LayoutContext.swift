import ScorecardModel
import ScorecardResults

/// What every page layout needs: the values, the paper, the formatters and the type scale.
public struct LayoutContext: Sendable {
    /// The period's values.
    public let values: ScorecardValues
    /// The paper size and margins.
    public let paper: Paper
    /// The "data as of" time shown on the cover, e.g. `2026-05-31 23:59 UTC`.
    public let dataAsOf: String
    let formatter: ValueFormatter
    let compact: CompactNumber

    /// A context for one period's values on a paper.
    public init(values: ScorecardValues, paper: Paper, dataAsOf: String) {
        self.values = values
        self.paper = paper
        self.dataAsOf = dataAsOf
        formatter = ValueFormatter(currency: values.currency, locale: values.locale)
        compact = CompactNumber(currency: values.currency, locale: values.locale)
        periodName = formatter.period(of: values)
    }

    /// The period as people say it in the scorecard's locale, e.g. "October 2026", "Q4 2026", "FY2026/27".
    let periodName: String

    /// Page margin in points.
    var margin: Double { 30 }
    /// The area between the page header and footer.
    var content: Rect {
        let bounds = paper.bounds
        return Rect(
            x: margin, y: margin + 34, width: bounds.width - 2 * margin, height: bounds.height - 2 * margin - 34 - 20)
    }

    /// KPIs of one stage, in file order.
    func kpis(in stage: Stage) -> [KPIResult] { values.kpis.filter { $0.stage == stage } }

    /// The stages that have KPIs, left to right.
    var stages: [Stage] { Stage.allCases.filter { stage in values.kpis.contains { $0.stage == stage } } }

    static let title = TextStyle(size: 16, bold: true, color: .accent)
    static let heading = TextStyle(size: 10.5, bold: true, color: .ink)
    static let body = TextStyle(size: 8, color: .ink)
    static let small = TextStyle(size: 6.8, color: .ink)
    static let caption = TextStyle(size: 6.5, color: .muted)
}
