import Foundation
import Testing

/// End-to-end: failures that used to leak Foundation or ArgumentParser internals say what is
/// wrong in the user's terms, and the docs say what `check` prints.
@Suite struct UserMessageTests {
    /// A small demo database for `run`, with data past June 2026 so the month is complete.
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-messages-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "120", "--months", "14", "--end", "2026-07",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()

    static func run(_ extra: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["run", "--db", database, "--period", "2026-06"] + extra)
    }

    @Test func anOutputFolderUnderAFileNamesTheFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("file", "not a folder")
        let result = try Self.run(["--out", file + "/sub"])
        #expect(result.exitCode == 3)
        #expect(result.stderr.contains("'\(file)' is a file, not a folder"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aDanglingLinkWhereTheReportGoesIsNamed() throws {
        let folder = try TemporaryFolder()
        let reports = folder.url.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let link = reports.appendingPathComponent("2026-06").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/nonexistent/scorecard")
        let result = try Self.run(["--out", reports.path])
        #expect(result.exitCode == 3)
        #expect(
            result.stderr.contains("'\(link)' is a symbolic link to '/nonexistent/scorecard', which does not exist"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("same name already exists"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/nonexistent/scorecard")
    }

    @Test func aMissingValuesFileIsNamed() throws {
        let result = try BinaryRunner.run(["render", "--values", "/nonexistent/values.json"])
        #expect(result.exitCode == 3)
        #expect(
            result.stderr == "error: cannot read /nonexistent/values.json: no such file or folder\n", "\(result.stderr)"
        )
    }

    @Test func aNegativeResolutionGetsTheRange() throws {
        for command in [["run", "--db", Self.database], ["render", "--values", "values.json"]] {
            let result = try BinaryRunner.run(command + ["--dpi", "-5"])
            #expect(result.exitCode == 2, "\(command[0]): \(result.exitCode)")
            #expect(
                result.stderr.contains("--dpi must be between 18 and 1200 dots per inch, not -5.0"), "\(result.stderr)")
            #expect(!result.stderr.contains("Missing value"))
        }
    }

    @Test func checkPrintsTheSummaryTheDocsShow() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "metrics/tutorial.kpi",
            """
            source orders {
              table orders
              key id
              time ordered_at
            }

            measure revenue: money = sum(orders.net_amount)

            kpi net_revenue "Net revenue" {
              stage place
              focus internal
              value revenue
              target 50000.00
              owner "Chief Financial Officer"
              description "Net amount of all orders in the period."
            }

            """)
        let result = try BinaryRunner.run(["check", "metrics"], in: folder.url)
        #expect(result.exitCode == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "checked 1 file, 1 KPI: 0 errors, 0 warnings\n")
        let docs = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("docs/language.md"), encoding: .utf8)
        #expect(docs.contains("$ scorecard check metrics/\nchecked 1 file, 1 KPI: 0 errors, 0 warnings\n$ echo $?\n0"))
        #expect(!docs.contains("it prints nothing"))
    }

    @Test func theReadmeCountsTheShippedKPIsAndLinksOnlyExistingDocs() throws {
        let summary = try BinaryRunner.run(["check"]).stderr  // "checked 8 files, 39 KPIs: …"
        let count = try #require(
            summary.split(separator: ",").dropFirst().first?.split(separator: " ").first.flatMap { Int($0) })
        let readme = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("has \(count) CRM KPIs"), "README's count differs from check's \(count)")
        let linked = readme.components(separatedBy: "docs/").dropFirst().compactMap {
            $0.split(separator: ".md").first.map { "docs/\($0).md" }
        }
        #expect(!linked.isEmpty)
        for path in linked where !path.contains(" ") && !path.contains("`") {
            #expect(
                FileManager.default.fileExists(atPath: BinaryRunner.packageRoot.appendingPathComponent(path).path),
                "README links \(path)")
        }
    }
}
