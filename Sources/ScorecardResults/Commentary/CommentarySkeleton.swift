/// A commentary file to fill in for the KPIs off target.
///
/// The header with an empty message and a section per KPI off target (amber or red), each recording
/// the KPI's value and showing its variance in an HTML comment.
///
/// ```swift
/// print(CommentarySkeleton(values: values).text)
/// // ---
/// // period: 2026-10
/// // message:
/// // ---
/// // …
/// // ## cost_per_acquisition
/// // value: 364.76
/// // <!-- Cost per acquisition: €364.76 against target €240.00, +€124.76 (+52.0%); Off target -->
/// ```
public struct CommentarySkeleton {
    /// The period's values the skeleton is written from.
    public let values: ScorecardValues

    /// A skeleton for one period's values.
    public init(values: ScorecardValues) { self.values = values }

    /// The KPIs the skeleton lists: every KPI whose status is amber or red, by stage from product to customer.
    public var offTarget: [KPIResult] {
        values.kpis.enumerated().filter { $0.element.status == .amber || $0.element.status == .red }
            .sorted { ($0.element.stage.order, $0.offset) < ($1.element.stage.order, $1.offset) }.map(\.element)
    }

    /// The skeleton file: front matter, then a heading, value line and reminder per off-target KPI.
    public var text: String {
        let formatter = ValueFormatter(currency: values.currency, locale: values.locale)
        var text = "---\nperiod: \(values.period)\nmessage:\n---\n\n"
        text +=
            "<!-- Commentary for \(formatter.period(of: values)): write the executive summary's message in the header (at most two lines). -->\n"
        text +=
            "<!-- Under each KPI, a few sentences: why the variance, what is being done. Sections left empty are not shown. -->\n"
        if offTarget.isEmpty { text += "<!-- Every KPI is on target or has no target. -->\n" }
        for kpi in offTarget {
            let unit = kpi.unit
            let variance =
                kpi.variance.map {
                    formatter.formatVariance($0.absolute, unit: unit) + " (" + formatter.formatRelative($0.relative)
                        + ")"
                } ?? "n/a"
            let status = kpi.status == .red ? "off target" : "watch"
            text += "\n## \(kpi.id)\nvalue: \(ScorecardValues.recordedText(kpi.value))\n"
            text +=
                "<!-- \(kpi.label): \(formatter.format(kpi.value, unit: unit)) against target \(formatter.format(kpi.target, unit: unit)), \(variance); \(status) -->\n\n"
        }
        return text
    }
}
