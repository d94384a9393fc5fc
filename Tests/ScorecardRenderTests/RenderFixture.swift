import Foundation
import ScorecardEngine
import ScorecardRender

/// The demo values (35 shipped KPIs for 2026-05, from `scorecard eval` on the demo database)
/// and the board pack rendered from them once per test run.
enum RenderFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let values: Result<ScorecardValues, any Error> = Result {
        try ScorecardValues.decode(try Data(contentsOf: folder.appendingPathComponent("values-2026-05.json")))
    }

    static func renderer(_ values: ScorecardValues, paper: Paper = .a4, dpi: Double = 144) -> BoardPackRenderer {
        BoardPackRenderer(
            values: values, paper: paper, dpi: dpi, date: "2026-05-31T23:59:59Z",
            dataAsOf: "2026-06-01 06:00 UTC", creator: "scorecard tests")
    }

    /// The demo board pack written to a temporary file, for poppler and qpdf.
    static let pdfPath: Result<String, any Error> = Result {
        let data = try renderer(values.get()).pdf()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-render-\(UUID().uuidString).pdf"
        ).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs a tool such as `pdftotext` and returns its exit code and standard output.
    static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
