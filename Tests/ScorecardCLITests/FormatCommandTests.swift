import Foundation
import Testing

@Suite struct FormatCommandTests {
    static let messy = "# top\nsource orders{\n table orders   # the table\n   key id\n}\n"
    static let canonical = "# top\nsource orders {\n  table orders  # the table\n  key id\n}\n"

    @Test func checkListsFilesThatWouldChangeAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("metrics/a.kpi", Self.messy)
        try folder.write("metrics/b.kpi", Self.canonical)
        let result = try BinaryRunner.run(["fmt", "--check", "metrics"], in: folder.url)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "metrics/a.kpi\n")
        #expect(try folder.read("metrics/a.kpi") == Self.messy)
    }

    @Test func rewritesInPlaceAndIsThenClean() throws {
        let folder = try TemporaryFolder()
        try folder.write("metrics/a.kpi", Self.messy)
        let first = try BinaryRunner.run(["fmt"], in: folder.url)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(try folder.read("metrics/a.kpi") == Self.canonical)
        let again = try BinaryRunner.run(["fmt", "--check"], in: folder.url)
        #expect(again.exitCode == 0)
        #expect(again.stdout.isEmpty)
    }

    @Test func standardInputIsFormattedToStandardOutput() throws {
        let result = try BinaryRunner.run(["fmt", "-"], stdin: Self.messy)
        #expect(result.exitCode == 0)
        #expect(result.stdout == Self.canonical)
    }

    @Test func filesWithSyntaxErrorsAreLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let broken = "source orders {\n  table\n}\n"
        let path = try folder.write("broken.kpi", broken)
        let result = try BinaryRunner.run(["fmt", path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("broken.kpi:2:8: error[E0105]"))
        #expect(try folder.read("broken.kpi") == broken)
    }

    @Test func shippedMetricsAreCanonical() throws {
        let result = try BinaryRunner.run(["fmt", "--check"])
        #expect(result.exitCode == 0, "\(result.stdout)")
    }
}
