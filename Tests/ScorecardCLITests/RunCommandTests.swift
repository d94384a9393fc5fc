import Foundation
import Testing

/// End-to-end tests of `scorecard run` and `scorecard render` with the built binary.
@Suite(.serialized) struct RunCommandTests {
    /// A small demo database for this suite (2000 customers, data to 2026-06). Smaller bases have
    /// sources too sparse to reach within the standard lag of June's end (the freshness check).
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-run-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "2000", "--months", "26", "--end", "2026-06",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()

    /// The shipped library's lifetime-value stage has more KPIs than fit on one page, so it has two.
    static let expectedFiles = [
        "board-pack.pdf", "manifest.json", "scorecard.png", "scorecard.xlsx", "stage-customer_revenue.png",
        "stage-lifetime_value-2.png",
        "stage-lifetime_value.png", "stage-place.png", "stage-product.png", "stage-program.png",
        "stage-satisfaction.png", "values.csv", "values.json",
    ]

    /// The report's own files (kept editions aside).
    private func contents(_ folder: URL) throws -> [String: Data] {
        try FolderContents.read(folder).filter { !$0.key.hasPrefix("editions/") }
    }

    @Test func runWritesTheReportFolderAndAFailedRunLeavesItUntouched() throws {
        let out = try TemporaryFolder()
        let first = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--out", out.url.path, "--dpi", "36",
        ])
        #expect(first.exitCode == 0, "\(first.stderr)")
        let folder = out.url.appendingPathComponent("2026-06")
        let written = try contents(folder)
        #expect(written.keys.sorted() == Self.expectedFiles)
        #expect(first.stdout.split(separator: "\n").count == Self.expectedFiles.count)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: written["manifest.json"] ?? Data()) as? [String: Any])
        #expect(manifest["period"] as? String == "2026-06")
        #expect(manifest["tool_version"] as? String != nil)
        let databaseHash = try BinaryRunner.sha256(of: Self.database)
        #expect((manifest["database"] as? [String: Any])?["sha256"] as? String == databaseHash)
        #expect(((manifest["metrics"] as? [[String: Any]]) ?? []).count >= 8)
        #expect(written["board-pack.pdf"]?.starts(with: Array("%PDF-".utf8)) == true)

        // The same inputs again: byte-identical files but the manifest, which names the second edition.
        let again = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--out", out.url.path, "--dpi", "36",
        ])
        #expect(again.exitCode == 0, "\(again.stderr)")
        let rewritten = try contents(folder)
        #expect(rewritten.filter { $0.key != "manifest.json" } == written.filter { $0.key != "manifest.json" })
        #expect(rewritten["manifest.json"] != written["manifest.json"])
        let edition = try contents(folder.appendingPathComponent("editions/1"))
        #expect(edition == written)

        // A failing run (missing database) exits non-zero and leaves the report byte-identical, with no temporary folder.
        let failed = try BinaryRunner.run([
            "run", "--db", out.url.appendingPathComponent("missing.sqlite").path, "--period", "2026-06",
            "--out", out.url.path,
        ])
        #expect(failed.exitCode != 0)
        #expect(try contents(folder) == rewritten)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted() == [
                ".scorecard.lock", "2026-06", "ledger.jsonl",
            ])
    }

    @Test func renderRebuildsThePackFromSavedValues() throws {
        let out = try TemporaryFolder()
        let run = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--out", out.url.path, "--dpi", "36",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let folder = out.url.appendingPathComponent("2026-06")
        let rendered = out.url.appendingPathComponent("again")
        let render = try BinaryRunner.run([
            "render", "--values", folder.appendingPathComponent("values.json").path, "--out", rendered.path, "--dpi",
            "36",
        ])
        #expect(render.exitCode == 0, "\(render.stderr)")
        for name in ["board-pack.pdf", "scorecard.png", "stage-product.png"] {
            #expect(
                try Data(contentsOf: rendered.appendingPathComponent(name))
                    == Data(contentsOf: folder.appendingPathComponent(name)),
                "\(name) differs between run and render")
        }
        let bad = try BinaryRunner.run([
            "render", "--values", folder.appendingPathComponent("values.csv").path, "--out", rendered.path,
        ])
        #expect(bad.exitCode == 1)
        #expect(bad.stderr.contains("not a scorecard values file"))
    }

    @Test func letterPaperAndBadOptions() throws {
        let out = try TemporaryFolder()
        let letter = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--out", out.url.path, "--paper", "letter", "--dpi",
            "36",
        ])
        #expect(letter.exitCode == 0, "\(letter.stderr)")
        let dpi = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--out", out.url.path, "--dpi", "0",
        ])
        #expect(dpi.exitCode == 2)
        let paper = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--out", out.url.path, "--paper", "a3",
        ])
        #expect(paper.exitCode == 2)
    }
}

extension BinaryRunner {
    /// The SHA-256 of a file as `sha256sum` prints it.
    static func sha256(of path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}
