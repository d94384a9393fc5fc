import Foundation
import ScorecardLanguage
import ScorecardTestSupport
import Testing

@testable import ScorecardModel

/// docs/language.md has a section per diagnostic code whose wrong example gives exactly that code
/// and whose right example checks cleanly.
@Suite struct DocumentationExampleTests {
    struct Section {
        let code: DiagnosticCode
        let heading: String
        let wrong: [String]
        let right: [String]
    }

    static func sections() throws -> [Section] {
        let text = try String(contentsOfFile: ShippedMetrics.path("docs/language.md"), encoding: .utf8)
        var sections: [Section] = []
        for chunk in text.components(separatedBy: "\n### ").dropFirst() {
            let heading = String(chunk.prefix { $0 != "\n" })
            guard let code = DiagnosticCode(rawValue: String(heading.prefix(5))) else { continue }
            sections.append(
                Section(
                    code: code, heading: heading, wrong: blocks(in: chunk, tag: "kpi-wrong"),
                    right: blocks(in: chunk, tag: "kpi-right")))
        }
        return sections
    }

    static func blocks(in text: String, tag: String) -> [String] {
        text.components(separatedBy: "```\(tag)\n").dropFirst().map {
            $0.components(separatedBy: "\n```").first! + "\n"
        }
    }

    private func check(_ text: String, code: DiagnosticCode) -> Checker.Result {
        Checker.check([Parser.parse(SourceFile(path: "\(code.rawValue).kpi", text: text))])
    }

    @Test func everyCodeHasASectionTitledByTheCatalogue() throws {
        let sections = try Self.sections()
        #expect(sections.map(\.code) == DiagnosticCode.allCases)
        for section in sections {
            #expect(section.heading == "\(section.code.rawValue): \(section.code.title)")
        }
    }

    @Test func wrongExamplesGiveTheirCodeAndRightExamplesCheckCleanly() throws {
        // E04xx are found in the database, not in metrics files: their sections show the message instead.
        for section in try Self.sections()
        where section.code != .E0100 && section.code != .E0101 && !section.code.rawValue.hasPrefix("E04") {
            #expect(!section.wrong.isEmpty && !section.right.isEmpty, "\(section.code.rawValue) needs examples")
            for example in section.wrong {
                let codes = check(example, code: section.code).diagnostics.map(\.code)
                #expect(codes.contains(section.code), "\(section.code.rawValue) wrong example gave \(codes)")
                #expect(
                    Set(codes.filter { $0.severity == .error }).isSubset(of: [section.code]),
                    "\(section.code.rawValue): \(codes)")
            }
            for example in section.right {
                let diagnostics = check(example, code: section.code).diagnostics
                #expect(
                    diagnostics.isEmpty,
                    "\(section.code.rawValue) right example: \(diagnostics.map(DiagnosticRenderer.header))")
                #expect(
                    Formatter.format(Parser.parse(SourceFile(path: "r.kpi", text: example))) == example,
                    "\(section.code.rawValue) right example is not in canonical layout")
            }
        }
    }
}
