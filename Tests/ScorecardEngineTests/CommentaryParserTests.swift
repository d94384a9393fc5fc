import Foundation
import ScorecardEngine
import Testing

/// Commentary files: the message, comments with recorded values, located problems, filling in and staleness.
@Suite struct CommentaryParserTests {
    static let kpis = ["net_revenue", "cost_per_acquisition", "nps"]

    static let file = """
        ---
        period: 2026-10
        message: Revenue on plan; acquisition cost too high.
        ---

        # October 2026
        <!-- a note to self -->

        ## net_revenue
        value: 91688.1

        Two large orders slipped
        into November.

        Sales expects to close the gap.

        ## cost_per_acquisition
        Campaigns started late.

        ## nps
        value: n/a
        <!-- left empty -->
        """

    @Test func readsTheMessageAndEveryComment() {
        let parsed = CommentaryParser(path: "c/2026-10.md", text: Self.file).parse(period: "2026-10", kpis: Self.kpis)
        #expect(parsed.issues.isEmpty, "\(parsed.issues)")
        let commentary = parsed.commentary
        #expect(commentary.period == "2026-10")
        #expect(commentary.message == "Revenue on plan; acquisition cost too high.")
        #expect(commentary.comments.map(\.kpi) == Self.kpis)
        #expect(
            commentary.comments[0].text == "Two large orders slipped into November.\n\nSales expects to close the gap.")
        #expect(commentary.comments[0].recorded == .number(91688.1))
        #expect(commentary.comments[0].line == 9 && commentary.comments[0].column == 4)
        #expect(commentary.comments[1].recorded == nil && commentary.comments[1].text == "Campaigns started late.")
        #expect(commentary.comments[2].recorded == .notAvailable && commentary.comments[2].text.isEmpty)
    }

    /// Each broken line, with the line and column the problem must be reported at.
    @Test(
        arguments: [
            (
                "---\nperiod: 2026-10\n---\n## net_revnue\ntext", 4, 4, "unknown KPI 'net_revnue'",
                "did you mean 'net_revenue'?"
            ),
            ("## nps\na\n## nps\nb", 3, 4, "a second comment for 'nps' (the first is on line 1)", nil),
            ("## nps\nvalue: 12,5\ntext", 2, 8, "'12,5' is not a value", nil),
            ("---\nperoid: 2026-10\n---\n", 2, 1, "unknown header key 'peroid'", "did you mean 'period'?"),
            ("---\nperiod: 2026-11\n---\n", 2, 9, "the header says period '2026-11' but the file is for 2026-10", nil),
            ("Revenue is fine.\n## nps\ntext", 1, 1, "text outside a KPI's comment", nil),
            ("---\nmessage: hi\n", 1, 1, "the header opened here is never closed", nil),
            ("## 2026 results\ntext", 1, 4, "expected a KPI id after '##'", nil),
        ] as [(String, Int, Int, String, String?)])
    func problemsAreLocated(text: String, line: Int, column: Int, message: String, help: String?) {
        let issues = CommentaryParser(path: "commentary/2026-10.md", text: text).parse(
            period: "2026-10", kpis: Self.kpis
        ).issues
        #expect(issues.count == 1, "\(issues)")
        guard let issue = issues.first else { return }
        #expect((issue.line, issue.column, issue.message) == (line, column, message))
        if let help { #expect(issue.help == help) }
        #expect(issue.description.hasPrefix("commentary/2026-10.md:\(line):\(column): error: \(message)\n"))
        #expect(
            issue.description.contains(
                "\(line) | " + text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]))
    }

    @Test func aMessageLongerThanTwoLinesIsAnError() {
        let long = String(repeating: "word ", count: 50)
        let issues = CommentaryParser(path: "c.md", text: "---\nmessage: \(long)\n---\n").parse(
            period: "2026-10", kpis: []
        ).issues
        #expect(issues.map(\.line) == [2])
        #expect(issues.first?.message.contains("at most two lines") == true)
    }

    static func values(_ kpis: [(String, Double?, KPIStatus)]) throws -> ScorecardValues {
        let json = """
            {"title": "T", "organisation": "O", "currency": "EUR", "locale": "en_GB", "period": "2026-10", "grain": "month",
             "period_start": "2026-10", "period_end": "2026-10", "kpis": [\(kpis.map { kpi in """
                {"id": "\(kpi.0)", "label": "L \(kpi.0)", "stage": "place", "focus": "internal", "unit": "money", "better": "higher",
                 "expression": "x", "value": \(kpi.1.map { String($0) } ?? "null"), "target": 100, "status": "\(kpi.2.rawValue)",
                 "variance": \(kpi.1.map { "{\"absolute\": \($0 - 100), \"relative\": \(($0 - 100) / 100)}" } ?? "null"),
                 "ytd_status": "none", "trend": [], "breakdowns": {}}
                """ }.joined(separator: ","))]}
            """
        return try ScorecardValues.decode(Data(json.utf8))
    }

    @Test func staleWhenTheValueChangedAndFilledInWhenMissing() throws {
        let values = try Self.values([
            ("net_revenue", 91688.1, .green), ("cost_per_acquisition", 364.76, .red), ("nps", 12, .amber),
        ])
        let parsed = CommentaryParser(path: "c.md", text: Self.file).parse(period: "2026-10", kpis: Self.kpis)
        let shown = values.commented(with: parsed.commentary)
        #expect(shown.message == parsed.commentary.message)
        #expect(
            shown.kpis[0].comment
                == KPIComment(text: parsed.commentary.comments[0].text, writtenAgainst: 91688.1, stale: false))
        #expect(
            shown.kpis[1].comment == KPIComment(text: "Campaigns started late.", writtenAgainst: 364.76, stale: false))
        #expect(shown.kpis[2].comment == nil, "an empty comment is not shown")
        var changed = values
        changed.kpis[0].value = 91000
        #expect(changed.commented(with: parsed.commentary).kpis[0].comment?.stale == true)

        let filled = try #require(CommentaryFiller(text: Self.file).filled(parsed.commentary, values: values))
        let lines = filled.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == Self.file.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        let heading = try #require(lines.firstIndex(of: "## cost_per_acquisition"))
        #expect(lines[heading + 1] == "value: 364.76")
        let again = CommentaryParser(path: "c.md", text: filled).parse(period: "2026-10", kpis: Self.kpis)
        #expect(again.issues.isEmpty && again.commentary.comments[1].recorded == .number(364.76))
        #expect(
            CommentaryFiller(text: filled).filled(again.commentary, values: values) == nil, "nothing left to fill in")
    }

    @Test func theSkeletonListsTheKPIsOffTargetAndParses() throws {
        let values = try Self.values([
            ("net_revenue", 91688.1, .green), ("cost_per_acquisition", 364.76, .red), ("nps", nil, .amber),
        ])
        let text = CommentarySkeleton(values: values).text
        let parsed = CommentaryParser(path: "c.md", text: text).parse(period: "2026-10", kpis: Self.kpis)
        #expect(parsed.issues.isEmpty, "\(parsed.issues)")
        let offTarget = values.kpis.filter { $0.status == .amber || $0.status == .red }.map(\.id)
        #expect(parsed.commentary.comments.map(\.kpi) == offTarget)
        #expect(parsed.commentary.comments.map(\.recorded) == [.number(364.76), .notAvailable])
        #expect(parsed.commentary.message == nil)
        #expect(text.contains("€364.76 against target €100.00, +€264.76 (+264.8%); off target"))
    }
}
