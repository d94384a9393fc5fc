import Foundation
import Testing

@Suite struct DemoDatabaseCommandTests {
    @Test func writesADatabaseAndPrintsOneSummaryLine() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("demo.db").path
        let result = try BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "200", "--months", "3", "--end", "2026-02",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains(path))
        let header = try #require(FileHandle(forReadingAtPath: path)?.readData(ofLength: 16))
        #expect(String(decoding: header, as: UTF8.self) == "SQLite format 3\u{0}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["demo.db"])
    }

    @Test func badOptionsAreUsageErrors() throws {
        let result = try BinaryRunner.run(["demo-db", "--out", "/tmp/x.db", "--months", "0"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--months must be between 1 and 240"))
    }

    @Test func anUnwritableDestinationIsAnEnvironmentError() throws {
        let result = try BinaryRunner.run([
            "demo-db", "--out", "/nonexistent-folder/demo.db", "--customers", "10", "--months", "1",
        ])
        #expect(result.exitCode == 3)
        #expect(result.stderr.contains("/nonexistent-folder/demo.db"))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-folder/demo.db"))
    }
}
