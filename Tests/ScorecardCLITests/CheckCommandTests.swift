import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let valid = """
        source orders {
          table orders
          key id
          time ordered_at
        }

        measure revenue: money = sum(orders.net_amount)

        kpi revenue_kpi "Revenue" {
          stage product
          focus internal
          value revenue
          target 100
          owner "CFO"
          description "Net revenue."
        }

        """

    @Test func shippedMetricsCheckCleanly() throws {
        let result = try BinaryRunner.run(["check"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 errors, 0 warnings"))
    }

    @Test func errorsPrintFileLineColumnCaretAndSuggestionAndExitOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("metrics/a.kpi", Self.valid.replacingOccurrences(of: "value revenue", with: "value revnue"))
        let result = try BinaryRunner.run(["check", "metrics"], in: folder.url)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("metrics/a.kpi:12:9: error[E0203]: unknown measure or KPI 'revnue'"))
        #expect(result.stderr.contains("12 |   value revnue\n   |         ^~~~~~\n"))
        #expect(result.stderr.contains("help: did you mean 'revenue'?"))
        #expect(result.stderr.contains("1 error"))
        #expect(result.stdout.isEmpty)
    }

    @Test func jsonFormatPrintsAnArrayOnStandardOutput() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "b.kpi", Self.valid.replacingOccurrences(of: "stage product", with: "stage produkt"))
        let result = try BinaryRunner.run(["check", "--format", "json", path])
        #expect(result.exitCode == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array.first?["code"] as? String == "E0209")
        #expect(array.first?["line"] as? Int == 10)
        #expect(array.first?["help"] as? String == "did you mean 'product'?")
    }

    @Test func missingPathBinaryFileAndEmptyFileAreHandled() throws {
        let folder = try TemporaryFolder()
        let missing = try BinaryRunner.run(["check", folder.url.appendingPathComponent("nope").path])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("error[E0100]: cannot read"))
        let binary = try folder.write("bin.kpi", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0xFF, 0xFE]))
        let binaryResult = try BinaryRunner.run(["check", binary])
        #expect(binaryResult.exitCode == 1)
        #expect(binaryResult.stderr.contains("bin.kpi:1:5: error[E0101]"))
        let empty = try folder.write("empty.kpi", "")
        let emptyResult = try BinaryRunner.run(["check", empty])
        #expect(emptyResult.exitCode == 0)
        #expect(emptyResult.stderr.contains("checked 1 file, 0 KPIs: 0 errors, 0 warnings"))
    }

    @Test func aTenMegabyteFileIsCheckedWithoutCrashing() throws {
        let folder = try TemporaryFolder()
        var text = Self.valid
        var index = 0
        while text.utf8.count < 10_000_000 {
            text +=
                "# padding line \(index) with some words to make the file large\nmeasure m\(index) = count(orders) where orders.x = \(index)\n"
            index += 1
        }
        text += "kpi broken {\n  value (((\n}\n"
        let path = try folder.write("big.kpi", text)
        let result = try BinaryRunner.run(["check", path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("error[E0105]"))
        #expect(result.stderr.contains("warning[W0303]"))
    }

    @Test func deeplyNestedExpressionIsADiagnostic() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("deep.kpi", "kpi k {\n  value " + String(repeating: "(", count: 50_000) + "\n}\n")
        let result = try BinaryRunner.run(["check", path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("error[E0109]: expression nested more than 64 levels deep"))
    }

    @Test(arguments: ["check", "fmt"])
    func subcommandHelpReadsWell(command: String) throws {
        let result = try BinaryRunner.run([command, "--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("USAGE: scorecard \(command)"))
        #expect(result.stdout.contains("OVERVIEW:"))
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
