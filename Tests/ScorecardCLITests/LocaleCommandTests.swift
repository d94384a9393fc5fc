import Foundation
import Testing

/// End-to-end: the `locale` setting formats the terminal table and the board pack; CSV and JSON stay machine-readable.
@Suite(.serialized) struct LocaleCommandTests {
    static var database: String { FinanceDemoDatabase.path }

    /// June 2026's completed net revenue straight from the raw rows with the sqlite3 shell.
    static func juneRevenue() throws -> Double {
        let sql =
            "SELECT sum(net_amount) FROM orders WHERE status = 'completed' AND ordered_at >= '2026-06-01' AND ordered_at < '2026-07-01';"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(
            Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// An amount rounded to whole units with `separator` between groups of three digits, written by hand.
    static func grouped(_ value: Double, separator: String) -> String {
        var digits = String(Int(value.rounded()))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: separator)
    }

    struct Case: Sendable, CustomStringConvertible {
        let locale: String
        let month: String
        let revenue: @Sendable (Double) -> String
        var description: String { locale }
    }

    static let cases = [
        Case(locale: "en_GB", month: "June 2026") { "€" + grouped($0, separator: ",") },
        Case(locale: "en_US", month: "June 2026") { "€" + grouped($0, separator: ",") },
        Case(locale: "de_DE", month: "Juni 2026") { grouped($0, separator: ".") + "\u{A0}€" },
        Case(locale: "fr_FR", month: "juin 2026") { grouped($0, separator: "\u{202F}") + "\u{A0}€" },
    ]

    @Test(arguments: cases)
    func tableAndPackSpeakTheLocale(_ test: Case) throws {
        let folder = try TemporaryFolder()
        let metrics = try folder.metrics(locale: test.locale)
        let revenue = try Self.juneRevenue()
        let table = try BinaryRunner.run(["eval", "--db", Self.database, "--period", "2026-06", "--metrics", metrics])
        #expect(table.exitCode == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Acme Retail: CRM scorecard · \(test.month)\n"))
        let line = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Net revenue ") })
        #expect(line.contains(" " + test.revenue(revenue) + " "), "\(line) lacks \(test.revenue(revenue))")

        let run = try BinaryRunner.run([
            "run", "--db", Self.database, "--period", "2026-06", "--metrics", metrics,
            "--out", folder.url.path, "--dpi", "36",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let report = folder.url.appendingPathComponent("2026-06")
        let text = try Self.pdfText(report.appendingPathComponent("board-pack.pdf").path)
        #expect(text.contains(test.month))
        // pdftotext writes no-break spaces as plain ones.
        let plain = test.revenue(revenue).replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(
            of: "\u{202F}", with: " ")
        #expect(text.replacingOccurrences(of: "\u{202F}", with: " ").contains(plain), "the pack lacks \(plain)")
        // Machine-readable files keep plain numbers whatever the locale.
        let csv = try String(contentsOf: report.appendingPathComponent("values.csv"), encoding: .utf8)
        let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("2026-06,net_revenue,") })
        let value = try #require(Double(row.split(separator: ",")[6]))
        #expect(abs(value - revenue) < 0.005)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: report.appendingPathComponent("values.json")))
                as? [String: Any])
        #expect(json["period"] as? String == "2026-06")
        #expect(json["locale"] as? String == test.locale)
    }

    static func pdfText(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
