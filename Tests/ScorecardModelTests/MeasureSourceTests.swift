import ScorecardLanguage
import ScorecardTestSupport
import Testing

@testable import ScorecardModel

/// `measure … from SOURCE`: naming the source a measure aggregates, and the diagnostics that
/// suggest it when inference cannot decide.
@Suite struct MeasureSourceTests {
    static let prelude = MusicShopMetrics.sources

    static func check(_ text: String) -> Checker.Result {
        let marked = MarkedSource(text)
        return Checker.check([Parser.parse(SourceFile(path: "prelude.kpi", text: prelude)), Parser.parse(marked.file)])
    }

    static func kpi(_ value: String) -> String {
        "kpi k {\n  stage product\n  focus internal\n  value \(value)\n  target 1\n  owner \"CFO\"\n  description \"K.\"\n}\n"
    }

    @Test func anExplicitSourceAggregatesOverItsJoins() throws {
        let result = Self.check(
            """
            measure jazz_newcomers = new_customers(invoices.customer_id) from invoice_lines where genres.name = 'Jazz'
            measure reps = count_distinct(customers.support_rep_id) from invoices
            measure lines = count(invoice_lines) from invoice_lines
            """ + "\n" + Self.kpi("jazz_newcomers + reps + lines"))
        #expect(
            result.diagnostics.filter { $0.severity == .error }.isEmpty,
            "\(result.diagnostics.map(DiagnosticRenderer.text))")
        let model = try #require(result.model)
        #expect(model.measures["jazz_newcomers"]?.source == "invoice_lines")
        #expect(model.measures["reps"]?.source == "invoices")
        #expect(model.measures["lines"]?.source == "invoice_lines")
        #expect(model.measures["reps"]?.text == "count_distinct(customers.support_rep_id) from invoices")
    }

    @Test func withoutFromTheInferredSourceStaysTheDefault() throws {
        let model = try #require(Self.check("measure total: money = sum(invoices.total)\n" + Self.kpi("total")).model)
        #expect(model.measures["total"]?.source == "invoices")
    }

    /// (expected code, marked text, words the help must contain)
    static let errorCases: [(DiagnosticCode, String, String)] = [
        // Inference fails: the help names the source that joins both.
        (.E0217, "measure m = ‸new_customers(invoices.customer_id) where genres.name = 'Jazz'", "from invoice_lines"),
        // The inferred source has no time column: the help names a dated source that joins it.
        (.E0206, "measure ‸m = count_distinct(customers.support_rep_id)", "from invoices`"),
        // The named source does not join what the measure reads.
        (.E0217, "measure m = count_distinct(genres.name) from ‸invoices", "from invoice_lines"),
        // Unknown source, with a did-you-mean.
        (.E0202, "measure m = count_distinct(genres.name) from ‸invoice_line", "invoice_lines"),
        // count(X) counts X's rows: it cannot aggregate another source.
        (.E0217, "measure m = ‸count(invoices) from invoice_lines", "count(invoice_lines)"),
        // A source without a time column cannot be aggregated by period.
        (.E0206, "measure m = count_distinct(customers.support_rep_id) from ‸customers", "time"),
    ]

    @Test(arguments: errorCases.indices)
    func reportsWhereAndHow(_ index: Int) {
        let (code, text, help) = Self.errorCases[index]
        let marked = MarkedSource(text + "\n" + Self.kpi("m"))
        let result = Self.check(text + "\n" + Self.kpi("m"))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [code], "\(errors.map(DiagnosticRenderer.text))")
        #expect(errors.first?.range.start == marked.marker)
        #expect(errors.first?.help?.contains(help) == true, "help: \(errors.first?.help ?? "none")")
    }

    @Test func theFormatterKeepsFrom() {
        let text = "measure   m =  count(invoice_lines)   from   invoice_lines where genres.name='Jazz'\n"
        let formatted = Formatter.format(Parser.parse(SourceFile(path: "m.kpi", text: text)))
        #expect(formatted == "measure m = count(invoice_lines) from invoice_lines where genres.name = 'Jazz'\n")
    }
}
