import Testing

@testable import ScorecardLanguage

@Suite struct SourceFileTests {
    @Test func mapsOffsetsToLinesAndCharacterColumns() {
        let file = SourceFile(path: "x.kpi", text: "ab\nçd\r\nlast")
        #expect(file.location(of: 0) == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(file.location(of: 3).line == 2)
        // 'ç' is two bytes: offset 5 is the third byte of line 2, which is column 2.
        #expect(file.location(of: 5).column == 2)
        #expect(file.lineText(2) == "çd")
        #expect(file.lineText(3) == "last")
        #expect(file.location(of: 99).line == 3)
    }
}
