import Testing

@testable import ScorecardSQL

/// Left-deep chains of one precedence are written flat (SQLite's parser stack takes about 100
/// nested parentheses); grouping that changes the meaning keeps its parentheses.
@Suite struct SQLChainRenderingTests {
    func sql(_ expression: SQLExpression) -> String {
        var select = SQLSelect(from: .table("t", as: nil))
        select.columns = [SQLResultColumn(expression)]
        return String(SQLiteDialect().render(select).text.dropFirst("SELECT ".count).prefix { $0 != "\n" })
    }

    let a = SQLExpression.column(table: nil, name: "a"), b = SQLExpression.column(table: nil, name: "b")
    let c = SQLExpression.column(table: nil, name: "c")

    @Test func leftDeepChainsOfOnePrecedenceAreFlat() {
        #expect(sql(.binary(.add, .binary(.subtract, a, b), c)) == "(\"a\" - \"b\" + \"c\")")
        #expect(sql(.binary(.divide, .binary(.multiply, a, b), c)) == "(\"a\" * \"b\" / \"c\")")
        #expect(sql(.binary(.and, .binary(.and, a, b), c)) == "(\"a\" AND \"b\" AND \"c\")")
    }

    @Test func groupingThatChangesTheMeaningKeepsItsParentheses() {
        #expect(sql(.binary(.subtract, a, .binary(.subtract, b, c))) == "(\"a\" - (\"b\" - \"c\"))")
        #expect(sql(.binary(.multiply, .binary(.add, a, b), c)) == "((\"a\" + \"b\") * \"c\")")
        #expect(sql(.binary(.and, .binary(.or, a, b), c)) == "((\"a\" OR \"b\") AND \"c\")")
        #expect(sql(.binary(.equal, .binary(.equal, a, b), c)) == "((\"a\" = \"b\") = \"c\")")
    }

    @Test func aChainOfTenThousandTermsIsWrittenWithoutRecursion() {
        let chain = (0..<10_000).reduce(a) { lhs, _ in .binary(.add, lhs, b) }
        let text = sql(chain)
        #expect(text.hasPrefix("(\"a\" + \"b\" + \"b\""))
        #expect(text.filter { $0 == "(" }.count == 1)
    }
}
