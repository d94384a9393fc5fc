import Foundation
import Testing

@testable import ScorecardLanguage

@Suite struct DiagnosticRendererTests {
    let file = SourceFile(path: "metrics/sales.kpi", text: "kpi k {\n  value revnue / buyers\n}\n")

    var diagnostic: Diagnostic {
        Diagnostic(
            .E0203, "unknown measure or KPI 'revnue'", file: file, range: SourceRange(16, 22),
            notes: [.init("measures are declared with `measure`")], help: "did you mean 'revenue'?")
    }

    @Test func rendersLocationCodeSourceLineCaretNotesAndHelp() {
        #expect(
            DiagnosticRenderer.text(diagnostic) == """
                metrics/sales.kpi:2:9: error[E0203]: unknown measure or KPI 'revnue'
                  |
                2 |   value revnue / buyers
                  |         ^~~~~~
                   = note: measures are declared with `measure`
                   = help: did you mean 'revenue'?

                """)
    }

    @Test func caretCountsCharactersNotBytes() {
        let file = SourceFile(path: "x.kpi", text: "owner \"Zoë\" ‸x\n")
        let offset = Array("owner \"Zoë\" ".utf8).count
        let rendered = DiagnosticRenderer.text(
            Diagnostic(.E0102, "unexpected character '‸'", file: file, range: SourceRange(offset, offset + 3)))
        #expect(rendered.hasPrefix("x.kpi:1:13: error[E0102]"))
        #expect(rendered.contains("\n  |             ^\n"))
    }

    @Test func jsonHasOneObjectPerDiagnosticWithPositions() throws {
        let json = DiagnosticRenderer.json([
            diagnostic, Diagnostic(.W0301, "kpi 'k' has \"no\" target", file: file, range: SourceRange(4, 5)),
        ])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[0]["file"] as? String == "metrics/sales.kpi")
        #expect(array[0]["line"] as? Int == 2)
        #expect(array[0]["column"] as? Int == 9)
        #expect(array[0]["end_line"] as? Int == 2)
        #expect(array[0]["end_column"] as? Int == 15)
        #expect(array[0]["code"] as? String == "E0203")
        #expect(array[0]["severity"] as? String == "error")
        #expect(array[1]["severity"] as? String == "warning")
        #expect(array[1]["message"] as? String == "kpi 'k' has \"no\" target")
    }

    @Test func suggestionsFindCloseNamesOnly() {
        #expect(Suggestion.didYouMean("revnue", among: ["revenue", "buyers"]) == "did you mean 'revenue'?")
        #expect(Suggestion.didYouMean("xyz", among: ["revenue", "buyers"]) == nil)
        #expect(Suggestion.editDistance("produkt", "product") == 1)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
    }
}
