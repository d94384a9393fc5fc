import ScorecardTestSupport
import Testing

@testable import ScorecardLanguage

@Suite struct LexerTests {
    private func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(path: "t.kpi", text: text)).tokens.map(\.kind)
    }

    @Test func readsWordsNumbersPercentsPeriodsStringsAndSymbols() {
        #expect(
            kinds("target 130.00 from 2026-04 # note\namber below 90% `Order Date` 'it\\'s' <= !=") == [
                .identifier("target"), .number("130.00"), .identifier("from"), .period("2026-04"),
                .identifier("amber"), .identifier("below"), .percent("90"), .identifier("Order Date"),
                .string("it's"), .symbol("<="), .symbol("!="), .endOfFile,
            ])
    }

    @Test func subtractionWithSpacesIsNotAPeriod() {
        #expect(kinds("2026 - 04") == [.number("2026"), .symbol("-"), .number("04"), .endOfFile])
        #expect(kinds("2024-02-29") == [.period("2024-02-29"), .endOfFile])
    }

    @Test func keepsCommentsAndMarksTrailingOnes() {
        let result = Lexer.tokenize(SourceFile(path: "t.kpi", text: "# own line\nkpi x # trailing\n"))
        #expect(result.comments.map(\.text) == ["# own line", "# trailing"])
        #expect(result.comments.map(\.isTrailing) == [false, true])
    }

    @Test func tokensAndTriviaCoverEveryByte() {
        let text = "  kpi x { # c\n\tvalue a+b*(c)  }\n# end\n"
        let file = SourceFile(path: "t.kpi", text: text)
        let tree = Parser.parse(file)
        #expect(tree.printedText() == text)
    }

    @Test(arguments: [
        ("kpi ‸@ x", DiagnosticCode.E0102),
        ("owner ‸\"unterminated\n", .E0103),
        ("target ‸12abc", .E0104),
        ("target ‸2026-13", .E0104),
        ("from ‸2025-02-29", .E0104),
        ("x ‸`open", .E0103),
    ])
    func diagnosesMalformedInputAtItsStart(source: String, code: DiagnosticCode) {
        let marked = MarkedSource(source)
        let diagnostics = Lexer.tokenize(marked.file).diagnostics
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.first?.range.start == marked.marker)
    }

    @Test func rejectsBinaryAndNonUTF8Files() {
        for bytes: [UInt8] in [[0x6B, 0x70, 0x69, 0xFF, 0x00], [0x00, 0x01, 0x02], [0xC3]] {
            let result = Lexer.tokenize(SourceFile(path: "bin.kpi", bytes: bytes))
            #expect(result.diagnostics.map(\.code) == [.E0101])
            #expect(result.tokens.last?.kind == .endOfFile)
        }
    }

    @Test func acceptsUTF8ByteOrderMarkAndNonLatinStrings() {
        let result = Lexer.tokenize(
            SourceFile(path: "t.kpi", bytes: [0xEF, 0xBB, 0xBF] + Array("owner \"Müller 東京\"".utf8)))
        #expect(result.diagnostics.isEmpty)
        #expect(result.tokens.map(\.kind) == [.identifier("owner"), .string("Müller 東京"), .endOfFile])
    }
}
