import ScorecardLanguage
import ScorecardTestSupport
import Testing

@testable import ScorecardModel

/// Truncated and mutated versions of the shipped library never crash the checker and always get located diagnostics.
@Suite struct RobustnessPropertyTests {
    static let fragments = [
        "{", "}", "(", ")", "\"", "'", "kpi", "measure", "#", "\n", ".", ",", "%", "2026-", "\u{0}", "é", "`", "=",
        "--", "value",
    ]

    private func assertLocated(_ result: Checker.Result, _ file: SourceFile, context: String) {
        for diagnostic in result.diagnostics {
            guard let diagnosticFile = diagnostic.file else {
                Issue.record("\(context): diagnostic without a file: \(diagnostic.message)")
                continue
            }
            #expect(diagnostic.range.start >= 0 && diagnostic.range.start <= diagnosticFile.bytes.count, "\(context)")
            #expect(diagnostic.range.end >= diagnostic.range.start, "\(context)")
            _ = DiagnosticRenderer.text(diagnostic)
        }
    }

    @Test func truncationsAreDiagnosedNotCrashes() {
        let files = ShippedMetrics.files()
        for target in files.indices {
            let bytes = files[target].bytes
            for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
                var set = files
                set[target] = SourceFile(path: files[target].path, bytes: Array(bytes[..<cut]))
                let result = Checker.check(set.map(Parser.parse))
                assertLocated(result, set[target], context: "\(files[target].path) cut at \(cut)")
            }
        }
    }

    @Test func randomMutationsAreDiagnosedNotCrashes() {
        var random = SeededGenerator(seed: 20_261_123)
        let files = ShippedMetrics.files()
        var errorsFound = 0
        for round in 0..<300 {
            var set = files
            let target = Int.random(in: 0..<files.count, using: &random)
            var bytes = files[target].bytes
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    bytes.insert(contentsOf: Array(Self.fragments.randomElement(using: &random)!.utf8), at: position)
                case 1:
                    if position < bytes.count {
                        bytes.removeSubrange(
                            position..<min(bytes.count, position + Int.random(in: 1...12, using: &random)))
                    }
                default: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &random) }
                }
            }
            set[target] = SourceFile(path: files[target].path, bytes: bytes)
            let result = Checker.check(set.map(Parser.parse))
            errorsFound += result.errorCount
            assertLocated(result, set[target], context: "round \(round)")
        }
        #expect(errorsFound > 100, "mutations should mostly produce errors")
    }
}
