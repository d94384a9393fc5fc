import ScorecardTestSupport
import Testing

@testable import ScorecardLanguage

@Suite struct FormatterTests {
    private func format(_ text: String) -> String? {
        Formatter.format(Parser.parse(SourceFile(path: "t.kpi", text: text)))
    }

    @Test func producesTheCanonicalLayout() {
        let messy = """
            # header
            source orders{   # the facts
               table   orders
             key id
            where status!='x'  and  channel in('a','b')
            }
            measure revenue:money=sum( orders.net_amount )
            measure buyers = count_distinct(orders.customer_id)



            kpi k "K" {
            value (revenue/buyers)* -1
                target 5% from 2026-04
            }
            """
        #expect(
            format(messy) == """
                # header
                source orders {  # the facts
                  table orders
                  key id
                  where status != 'x' and channel in ('a', 'b')
                }

                measure revenue: money = sum(orders.net_amount)
                measure buyers = count_distinct(orders.customer_id)

                kpi k "K" {
                  value (revenue / buyers) * -1
                  target 5% from 2026-04
                }

                """)
    }

    @Test func keepsASchemaQualifiedTableName() {
        let text = "source orders {\n  table   crm . `Order Book`\n}\nkpi k {\n  target from table  crm.plan\n}\n"
        let formatted = format(text)
        #expect(
            formatted == "source orders {\n  table crm.`Order Book`\n}\n\nkpi k {\n  target from table crm.plan\n}\n")
        #expect(formatted.flatMap(format) == formatted)
    }

    @Test func refusesFilesWithSyntaxErrors() {
        #expect(format("kpi {") == nil)
    }

    @Test func shippedFilesAreAlreadyFormatted() {
        for file in ShippedMetrics.files() {
            #expect(Formatter.format(Parser.parse(file)) == file.text, "\(file.path) is not in canonical layout")
        }
    }

    @Test func formattingIsIdempotentKeepsCommentsAndMeaning() {
        for file in ShippedMetrics.files() {
            // Scramble the layout first so the formatter has real work to do.
            let scrambled = Self.scramble(file.text)
            let original = Parser.parse(SourceFile(path: file.path, text: scrambled))
            guard let once = Formatter.format(original) else {
                Issue.record("\(file.path): scrambled text did not parse: \(original.diagnostics.map(\.message))")
                continue
            }
            let reparsed = Parser.parse(SourceFile(path: file.path, text: once))
            #expect(Formatter.format(reparsed) == once, "\(file.path): formatting twice changed the text")
            #expect(
                SyntaxDump.dump(reparsed) == SyntaxDump.dump(original), "\(file.path): formatting changed the meaning")
            #expect(reparsed.comments.map(\.text) == original.comments.map(\.text).map { Self.trimTrailing($0) })
        }
    }

    /// Re-indents every line oddly and doubles spaces between tokens outside strings and comments.
    static func scramble(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.hasPrefix("#"), !trimmed.contains("\""), !trimmed.contains("'") else {
                return String(repeating: " ", count: index % 5) + trimmed
            }
            let code = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let spaced = code[0].replacingOccurrences(of: " ", with: "   ")
            return String(repeating: "\t", count: index % 3) + spaced + (code.count > 1 ? "#" + code[1] : "")
        }.joined(separator: "\n")
    }

    static func trimTrailing(_ text: String) -> String {
        var copy = text
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}

extension Substring {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
