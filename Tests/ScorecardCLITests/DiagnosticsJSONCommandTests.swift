import Foundation
import Testing

/// End to end: when `eval --format json` or `run --diagnostics-format json` stops with
/// diagnostics, standard output carries them as the JSON array of `check --format json`, with the
/// exit code of the text form.
@Suite struct DiagnosticsJSONCommandTests {
    /// A demo database (200 customers, data to 2026-06), made once for the suite.
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-diagnostics-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "200", "--months", "14", "--end", "2026-06",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()

    /// A copy of the demo database whose `orders.net_amount` is called `net_amnt`.
    func databaseLackingNetAmount(in folder: TemporaryFolder) throws -> String {
        let path = folder.path("crm.sqlite")
        try FileManager.default.copyItem(atPath: Self.database, toPath: path)
        try RawSQL.execute(path, "ALTER TABLE orders RENAME COLUMN net_amount TO net_amnt")
        return path
    }

    func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "\(text)")
    }

    @Test func evalWritesAMissingColumnAsJSONAtTheMeasureAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let database = try databaseLackingNetAmount(in: folder)
        let result = try BinaryRunner.run([
            "eval", "--db", database, "--period", "2026-06", "--kpi", "net_revenue", "--format", "json",
        ])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("error["), "the diagnostics go to standard output only: \(result.stderr)")
        let diagnostics = try jsonArray(result.stdout)
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            #expect(diagnostic["code"] as? String == "E0402")
            #expect(diagnostic["severity"] as? String == "error")
            #expect(diagnostic["help"] as? String == "did you mean 'net_amnt'?")
            let message = try #require(diagnostic["message"] as? String)
            #expect(message.hasSuffix(": table 'orders' has no column 'net_amount'"), "\(message)")
            // The location is the name of the definition the message names, in the shipped metrics file.
            let file = try #require(diagnostic["file"] as? String)
            let line = try #require(diagnostic["line"] as? Int)
            let column = try #require(diagnostic["column"] as? Int)
            let text = try String(
                contentsOf: BinaryRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)
            let lineText = text.components(separatedBy: "\n")[line - 1]
            let named = try #require(message.split(separator: "'").dropFirst().first.map(String.init))
            #expect(
                lineText.dropFirst(column - 1).hasPrefix(named),
                "\(file):\(line):\(column) is not at '\(named)': \(lineText)")
            #expect(lineText.hasPrefix("measure ") || lineText.hasPrefix("source "), "\(lineText)")
        }
        // The measure that sums the column is among them.
        let measureLines = diagnostics.compactMap { $0["message"] as? String }.filter { $0.hasPrefix("measure '") }
        #expect(!measureLines.isEmpty)

        // Without --format json the same problem is text on standard error, with the same exit code.
        let text = try BinaryRunner.run(["eval", "--db", database, "--period", "2026-06", "--kpi", "net_revenue"])
        #expect(text.exitCode == 1)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr.contains("error[E0402]: measure '"))
        #expect(text.stderr.contains("   = help: did you mean 'net_amnt'?"))
    }

    @Test func evalWritesAnUnknownKPIAsJSONWithoutALocation() throws {
        let result = try BinaryRunner.run([
            "eval", "--db", Self.database, "--period", "2026-06", "--kpi", "net_revenu", "--format", "json",
        ])
        #expect(result.exitCode == 1)
        let diagnostic = try #require(try jsonArray(result.stdout).first)
        #expect(diagnostic["code"] as? String == "E0403")
        #expect(diagnostic["file"] is NSNull && diagnostic["line"] is NSNull)
        #expect(diagnostic["help"] as? String == "did you mean 'net_revenue'?")
    }

    @Test func evalWritesBrokenMetricsAsJSON() throws {
        let folder = try TemporaryFolder()
        try folder.write("metrics/a.kpi", "kpi a {\n  stage produkt\n}\n")
        let result = try BinaryRunner.run([
            "eval", "--metrics", folder.url.appendingPathComponent("metrics").path, "--db", Self.database,
            "--format", "json",
        ])
        #expect(result.exitCode == 1)
        let codes = try jsonArray(result.stdout).compactMap { $0["code"] as? String }
        #expect(codes.contains("E0209"), "\(codes)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func runWritesDataIncompleteAsJSONAndExitsFour() throws {
        let out = try TemporaryFolder()
        let result = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-08", "--out", out.url.path, "--dpi", "36",
            "--diagnostics-format", "json",
        ])
        #expect(result.exitCode == 4, "\(result.stderr)")
        let diagnostics = try jsonArray(result.stdout)
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0["code"] as? String == "E0407" })
        let latest = try RawSQL.text(Self.database, "SELECT substr(MAX(ordered_at), 1, 10) FROM orders")
        let orders = try #require(
            diagnostics.first { ($0["message"] as? String)?.contains("source 'orders' ") == true })
        #expect(
            orders["message"] as? String
                == "data incomplete: source 'orders' (table orders) reaches \(latest); "
                + "covering 2026-08 needs data to 2026-08-24 (lag 7 days)"
        )
        #expect(orders["file"] as? String == "metrics/sources.kpi")
        let sources = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("metrics/sources.kpi"), encoding: .utf8)
        let declaration = try #require(sources.components(separatedBy: "\n").firstIndex(of: "source orders {"))
        #expect(orders["line"] as? Int == declaration + 1)
        #expect(orders["column"] as? Int == "source ".count + 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.url.path).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "published \(left)")
    }
}
