import Foundation
import ScorecardEngine
import ScorecardSQLite
import Testing

/// End to end: orders whose amount is not a number stop `eval` with exit 1 and a message naming
/// the source, column, count and keys; with `bad_rows skip` they are left out, listed on
/// standard error and in values.json, and net revenue is the sum of the other rows.
@Suite struct BadRowsCommandTests {
    @Test func badAmountsStopEvalOrAreSkippedAndListed() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("crm.sqlite").path
        let made = try BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "200", "--months", "14", "--end", "2026-06",
        ])
        #expect(made.exitCode == 0, "\(made.stderr)")
        let broken = try breakThreeOrders(path)

        let stopped = try BinaryRunner.run(["eval", "--db", path, "--period", "2026-06", "--kpi", "net_revenue"])
        #expect(stopped.exitCode == 1)
        #expect(
            stopped.stderr.contains(
                "error[E0406]: 3 rows of source 'orders' have a net_amount that is not a number (keys \(broken.ids))"),
            "\(stopped.stderr)")
        #expect(stopped.stdout.isEmpty)

        let metrics = folder.url.appendingPathComponent("metrics")
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("metrics"), to: metrics)
        let settings = metrics.appendingPathComponent("scorecard.kpi")
        let text = try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(
            of: "  missing na\n", with: "  missing na\n  bad_rows skip\n")
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let skipped = try BinaryRunner.run([
            "eval", "--db", path, "--period", "2026-06", "--kpi", "net_revenue", "--format", "json",
            "--metrics", metrics.path,
        ])
        #expect(skipped.exitCode == 0, "\(skipped.stderr)")
        #expect(
            skipped.stderr.contains(
                "warning: 3 rows of source 'orders' have a net_amount that is not a number (keys \(broken.ids)); left out"
            ))
        let values = try ScorecardValues.decode(Data(skipped.stdout.utf8))
        #expect(values.badRows.contains { $0.source == "orders" && $0.column == "net_amount" && $0.rows == 3 })
        #expect(values.kpis.first { $0.id == "net_revenue" }?.value == broken.remainingRevenue)

        // `run` lists them in the manifest and on the board pack's data-sources appendix.
        let reports = folder.url.appendingPathComponent("reports")
        let run = try BinaryRunner.run([
            "run", "--db", path, "--period", "2026-06", "--metrics", metrics.path, "--out", reports.path,
            "--allow-incomplete",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let manifest =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: reports.appendingPathComponent("2026-06/manifest.json"))) as? [String: Any]
        let listed = try #require(manifest?["bad_rows"] as? [[String: Any]])
        #expect(
            listed.contains {
                $0["source"] as? String == "orders" && $0["column"] as? String == "net_amount"
                    && $0["rows"] as? Int == 3
            })
        let pdf = try PDFText.pages(of: reports.appendingPathComponent("2026-06/board-pack.pdf")).joined()
        #expect(
            pdf.contains(
                "Left out of every measure (bad_rows skip): 3 rows of source 'orders' have a net_amount that is not a number"
            ))
    }

    /// Sets three completed June orders' amounts to 'abc'; their ids and June's net revenue without them, from the raw rows.
    private func breakThreeOrders(_ path: String) throws -> (ids: String, remainingRevenue: Double) {
        let database = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        defer { database.close() }
        let pick = try database.prepare(
            "SELECT id FROM orders WHERE status != 'cancelled' AND ordered_at >= '2026-06-01' AND ordered_at < '2026-07-01' ORDER BY id LIMIT 3"
        )
        var ids: [Int64] = []
        while try pick.step() { ids.append(pick.int64(at: 0)) }
        try database.execute(
            "UPDATE orders SET net_amount = 'abc' WHERE id IN (\(ids.map(String.init).joined(separator: ", ")))")
        let sum = try database.prepare(
            """
            SELECT net_amount FROM orders WHERE status != 'cancelled' AND ordered_at >= '2026-06-01' AND ordered_at < '2026-07-01'
            AND net_amount IS NOT NULL AND typeof(net_amount) IN ('integer', 'real')
            """)
        var cents = 0
        while try sum.step() { cents += Int((sum.double(at: 0) * 100).rounded()) }
        return (ids.map(String.init).joined(separator: ", "), Double(cents) / 100)
    }
}
