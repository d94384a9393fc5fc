import Foundation
import Testing

/// End-to-end: `commentary` writes a skeleton, `check` and `run` locate mistakes, `run` carries the
/// commentary into the pack, the workbook and values.json, records values and marks stale comments.
@Suite(.serialized) struct CommentaryCommandTests {
    static var database: String { FinanceDemoDatabase.path }

    static let message = "Acquisition cost is off plan: campaigns are re-planned for July."

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aOneLetterRelativeMetricsFolderFindsItsCommentaryBesideIt() throws {
        let folder = try TemporaryFolder()
        _ = try folder.metrics("m")
        try folder.write("commentary/2026-06.md", "period: 2026-06\nmessage: \"Fine.\"\n\n## no_such_kpi\nA comment.\n")
        let checked = try BinaryRunner.run(["check", "m"], in: folder.url)
        #expect(checked.exitCode == 1, "\(checked.stderr)")
        #expect(checked.stderr.contains("commentary/2026-06.md"), "\(checked.stderr)")
    }

    @Test func skeletonListsTheKPIsOffTargetWithTheirValues() throws {
        let folder = try TemporaryFolder()
        let metrics = try folder.metrics()
        let written = try BinaryRunner.run([
            "commentary", "--db", Self.database, "--period", "2026-06", "--metrics", metrics,
        ])
        #expect(written.exitCode == 0, "\(written.stderr)")
        let path = folder.url.appendingPathComponent("commentary/2026-06.md").path
        #expect(written.stdout == path + "\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let eval = try BinaryRunner.run([
            "eval", "--db", Self.database, "--period", "2026-06", "--metrics", metrics, "--format", "json",
        ])
        let kpis = try #require(try json(eval.stdout)["kpis"] as? [[String: Any]])
        let offTarget = kpis.filter { ["amber", "red"].contains($0["status"] as? String ?? "") }
        #expect(!offTarget.isEmpty)
        let sections = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(Set(sections) == Set(offTarget.compactMap { $0["id"] as? String }))
        for kpi in offTarget {
            let id = try #require(kpi["id"] as? String)
            let lines = text.split(separator: "\n").map(String.init)
            let heading = try #require(lines.firstIndex(of: "## \(id)"))
            let recorded = lines[heading + 1].dropFirst("value: ".count)
            if let value = (kpi["value"] as? NSNumber)?.doubleValue {
                // JSONSerialization may read the last digit of a 17-digit number differently, so equal to 12 significant digits.
                let read = try #require(Double(recorded), "\(id): \(recorded)")
                #expect(abs(read - value) <= 1e-12 * max(1, abs(value)), "\(id): \(recorded) against \(value)")
            } else {
                #expect(recorded == "n/a")
            }
        }
        #expect(try BinaryRunner.run(["check", metrics]).exitCode == 0, "a skeleton checks cleanly")
        let again = try BinaryRunner.run([
            "commentary", "--db", Self.database, "--period", "2026-06", "--metrics", metrics,
        ])
        #expect(again.exitCode == 1 && again.stderr.contains("exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "an existing file is kept")
    }

    @Test func runCarriesTheCommentaryAndMarksStaleComments() throws {
        let folder = try TemporaryFolder()
        let metrics = try folder.metrics()
        let eval = try BinaryRunner.run([
            "eval", "--db", Self.database, "--period", "2026-06", "--metrics", metrics, "--format", "json",
        ])
        let kpis = try #require(try json(eval.stdout)["kpis"] as? [[String: Any]])
        let revenue = try #require(
            (kpis.first { $0["id"] as? String == "net_revenue" }?["value"] as? NSNumber)?.doubleValue)
        let file = """
            ---
            period: 2026-06
            message: \(Self.message)
            ---

            ## net_revenue
            value: \(revenue + 1000)

            Revenue fell behind plan after two large orders moved to July.

            ## cost_per_acquisition
            Two campaigns started late and spent their budget on few new customers.
            """
        try folder.write("commentary/2026-06.md", file)
        let run = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--metrics", metrics, "--out", folder.url.path,
            "--dpi", "36",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let report = folder.url.appendingPathComponent("2026-06")
        let values = try json(try String(contentsOf: report.appendingPathComponent("values.json"), encoding: .utf8))
        #expect(values["message"] as? String == Self.message)
        let written = try #require(values["kpis"] as? [[String: Any]])
        func comment(_ id: String) -> [String: Any]? {
            written.first { $0["id"] as? String == id }?["comment"] as? [String: Any]
        }
        #expect(comment("net_revenue")?["stale"] as? Bool == true, "written against another value")
        #expect((comment("net_revenue")?["written_against"] as? NSNumber)?.doubleValue == revenue + 1000)
        #expect(comment("cost_per_acquisition")?["stale"] as? Bool == false)
        let cpa = (written.first { $0["id"] as? String == "cost_per_acquisition" }?["value"] as? NSNumber)?.doubleValue
        let cpaValue = try #require(cpa)
        func close(_ value: Double?) -> Bool {
            value.map { abs($0 - cpaValue) <= 1e-12 * max(1, abs(cpaValue)) } ?? false
        }
        #expect(close((comment("cost_per_acquisition")?["written_against"] as? NSNumber)?.doubleValue))
        #expect(written.filter { $0["comment"] is [String: Any] }.count == 2)

        // The manifest hashes the commentary as the run read it (sha256sum of the text written above).
        let manifest = try json(try String(contentsOf: report.appendingPathComponent("manifest.json"), encoding: .utf8))
        let hashed = try #require(manifest["commentary"] as? [String: Any])
        let original = try folder.write("original.md", file)
        let sum = Process()
        sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sum.arguments = [original]
        let pipe = Pipe()
        sum.standardOutput = pipe
        try sum.run()
        let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(
            separator: " "
        ).first.map(String.init)
        sum.waitUntilExit()
        #expect(hashed["sha256"] as? String == expected)
        #expect((hashed["path"] as? String)?.hasSuffix("commentary/2026-06.md") == true)

        // The run recorded the value of the comment that had none, right under its heading.
        let updated = try folder.read("commentary/2026-06.md").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let heading = try #require(updated.firstIndex(of: "## cost_per_acquisition"))
        #expect(close(Double(updated[heading + 1].dropFirst("value: ".count))), "\(updated[heading + 1])")
        #expect(updated.count == file.split(separator: "\n", omittingEmptySubsequences: false).count + 1)

        // The pack shows the message, the comments and the stale warning.
        let text = try LocaleCommandTests.pdfText(report.appendingPathComponent("board-pack.pdf").path)
        #expect(text.contains(Self.message))
        #expect(text.contains("Stale, written against"))
        #expect(text.contains("Two campaigns started late"))
        #expect(text.contains("The controller's comments on June 2026"), "the commentary page")

        // The workbook carries them too.
        let book = try WorkbookReader(path: report.appendingPathComponent("scorecard.xlsx").path)
        let sheet = try #require(book.sheets["Scorecard"])
        #expect(sheet.text(1, 4) == Self.message)
        #expect(sheet.text(2, 17) == "Comment" && sheet.text(2, 18) == "Comment written against")
        let row = try #require((3...sheet.rowCount).first { sheet.text($0, 2) == "net_revenue" })
        #expect(sheet.text(row, 17) == "Revenue fell behind plan after two large orders moved to July.")
        #expect(sheet.number(row, 18) == revenue + 1000)
        #expect(sheet.cell(row, 17)?.fill != nil, "a stale comment is highlighted")
    }

    @Test func anUnknownKPIIsALocatedErrorFromCheckAndRun() throws {
        let folder = try TemporaryFolder()
        let metrics = try folder.metrics()
        let first = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--metrics", metrics, "--out", folder.url.path,
            "--dpi", "36",
        ])
        #expect(first.exitCode == 0, "\(first.stderr)")
        let report = folder.url.appendingPathComponent("2026-06/values.json")
        let before = try Data(contentsOf: report)
        try folder.write("commentary/2026-06.md", "---\nperiod: 2026-06\n---\n\n## net_revnue\nA comment.\n")
        let check = try BinaryRunner.run(["check", metrics])
        #expect(check.exitCode == 1)
        let location =
            folder.url.appendingPathComponent("commentary/2026-06.md").path + ":5:4: error: unknown KPI 'net_revnue'"
        #expect(check.stderr.contains(location), "\(check.stderr)")
        #expect(check.stderr.contains("did you mean 'net_revenue'?"))
        let json = try BinaryRunner.run(["check", metrics, "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(
            entries.contains {
                $0["line"] as? Int == 5 && $0["column"] as? Int == 4
                    && ($0["message"] as? String)?.contains("net_revnue") == true
            })
        let run = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--metrics", metrics, "--out", folder.url.path,
            "--dpi", "36",
        ])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains(location), "\(run.stderr)")
        #expect(try Data(contentsOf: report) == before, "a failed run leaves the report untouched")
    }
}
