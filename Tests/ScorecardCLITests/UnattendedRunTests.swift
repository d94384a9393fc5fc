import Foundation
import ScorecardEngine
import Testing

/// End-to-end tests of what makes `scorecard run` safe to schedule: the freshness gate (exit 4,
/// `--allow-incomplete`), restatements from the ledger, editions, the lock and the atomic switch.
@Suite(.serialized) struct UnattendedRunTests {
    /// A demo database with data to 2026-10-31 (2000 customers, 30 months), copied by tests that change it.
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-unattended-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "2000", "--months", "30", "--end", "2026-10",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()

    /// A private copy of the demo database.
    private func copiedDatabase(in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("crm.sqlite").path
        try FileManager.default.copyItem(atPath: Self.database, toPath: path)
        return path
    }

    private func run(_ database: String, _ period: String, out: URL, _ extra: [String] = []) throws
        -> BinaryRunner.Result
    {
        try BinaryRunner.run(["run", "--db", database, "--period", period, "--out", out.path, "--dpi", "36"] + extra)
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func aPeriodPastTheDataExitsFourNamingTheSourceAndPublishesNothing() throws {
        let out = try TemporaryFolder()
        let latest = try RawSQL.text(Self.database, "SELECT substr(MAX(ordered_at), 1, 10) FROM orders")
        let result = try run(Self.database, "2026-11", out: out.url)
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "error[E0407]: data incomplete: source 'orders' (table orders) reaches \(latest); "
                    + "covering 2026-11 needs data to 2026-11-23"
            ))
        #expect(result.stderr.contains("--allow-incomplete"))
        #expect(result.stdout.isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.url.path).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "published \(left)")

        // The demo database itself covers its last month: no false alarm.
        let covered = try run(Self.database, "2026-10", out: out.url)
        #expect(covered.exitCode == 0, "\(covered.stderr)")
        #expect(!covered.stderr.contains("incomplete"))
        let values = try json(out.url.appendingPathComponent("2026-10/values.json"))
        #expect(values["provisional"] as? Bool == false)
        let coverage = try #require(values["data_coverage"] as? [[String: Any]])
        #expect(coverage.first { $0["source"] as? String == "orders" }?["last_date"] as? String == latest)
        #expect(coverage.first { $0["source"] as? String == "campaign_spend" }?["lag"] as? String == "1 month")
    }

    @Test func ordersStoppingMidMonthAreCaughtAndAllowIncompleteMarksEveryPage() throws {
        let folder = try TemporaryFolder()
        let database = try copiedDatabase(in: folder)
        try RawSQL.execute(
            database,
            """
            DELETE FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE ordered_at >= '2026-10-16');
            DELETE FROM orders WHERE ordered_at >= '2026-10-16'
            """)
        let out = folder.url.appendingPathComponent("reports")
        let stopped = try run(database, "2026-10", out: out)
        #expect(stopped.exitCode == 4)
        #expect(
            stopped.stderr.contains(
                "source 'orders' (table orders) reaches 2026-10-15; covering 2026-10 needs data to 2026-10-24 (lag 7 days)"
            ))
        #expect(!stopped.stderr.contains("source 'tickets'"))

        let eval = try BinaryRunner.run(["eval", "--db", database, "--period", "2026-10", "--format", "csv"])
        #expect(eval.exitCode == 0)
        #expect(eval.stderr.contains("warning: data incomplete: source 'orders'"))

        let provisional = try run(database, "2026-10", out: out, ["--allow-incomplete"])
        #expect(provisional.exitCode == 0, "\(provisional.stderr)")
        #expect(provisional.stderr.contains("publishing a provisional pack"))
        let report = out.appendingPathComponent("2026-10")
        let values = try json(report.appendingPathComponent("values.json"))
        #expect(values["provisional"] as? Bool == true)
        let orders = (values["data_coverage"] as? [[String: Any]])?.first { $0["source"] as? String == "orders" }
        #expect(orders?["covers"] as? Bool == false)
        #expect(try json(report.appendingPathComponent("manifest.json"))["provisional"] as? Bool == true)
        let pages = try PDFText.pages(of: report.appendingPathComponent("board-pack.pdf"))
        #expect(pages.count > 5)
        for (index, page) in pages.enumerated() {
            #expect(
                page.contains("PROVISIONAL: the data of 3 sources does not cover 2026-10"),
                "page \(index + 1) is not marked")
        }
        #expect(pages.last?.contains("Appendix: data sources") == true)
        #expect(pages.last?.contains("no: provisional") == true)
        // values.json keeps all of it: `render` rebuilds the same pack from it.
        let rendered = folder.url.appendingPathComponent("rendered")
        let render = try BinaryRunner.run([
            "render", "--values", report.appendingPathComponent("values.json").path, "--out", rendered.path, "--dpi",
            "36",
        ])
        #expect(render.exitCode == 0, "\(render.stderr)")
        #expect(
            try Data(contentsOf: rendered.appendingPathComponent("board-pack.pdf"))
                == Data(contentsOf: report.appendingPathComponent("board-pack.pdf")))
    }

    @Test func aChangedOrderOfAPublishedMonthIsRestatedExactly() throws {
        let folder = try TemporaryFolder()
        let database = try copiedDatabase(in: folder)
        let out = folder.url.appendingPathComponent("reports")
        #expect(try run(database, "2026-09", out: out).exitCode == 0)
        let september = "status = 'completed' AND ordered_at >= '2026-09-01' AND ordered_at < '2026-10-01'"
        let before = try RawSQL.number(database, "SELECT SUM(net_amount) FROM orders WHERE \(september)")
        let evalBefore = try septemberValues(database)
        let order = try RawSQL.text(database, "SELECT id FROM orders WHERE \(september) ORDER BY id LIMIT 1")
        try RawSQL.execute(database, "UPDATE orders SET net_amount = net_amount + 250 WHERE id = \(order)")
        let after = try RawSQL.number(database, "SELECT SUM(net_amount) FROM orders WHERE \(september)")
        let evalAfter = try septemberValues(database)

        let october = try run(database, "2026-10", out: out)
        #expect(october.exitCode == 0, "\(october.stderr)")
        let values = try json(out.appendingPathComponent("2026-10/values.json"))
        let restatements = try #require(values["restatements"] as? [[String: Any]])
        #expect(Set(restatements.compactMap { $0["window"] as? String }) == ["2026-09"])
        // Exactly the KPIs whose September value moved among those the October pack shows for
        // September (model-based KPIs are computed for the period itself only), nothing else.
        let kpis = try #require(values["kpis"] as? [[String: Any]])
        let shown = Set(
            kpis.filter { kpi in
                ((kpi["trend"] as? [[String: Any]]) ?? []).contains {
                    $0["period"] as? String == "2026-09" && $0["value"] is Double
                }
            }.compactMap { $0["id"] as? String })
        let moved = Set(evalBefore.keys.filter { abs((evalBefore[$0] ?? 0) - (evalAfter[$0] ?? 0)) > 1e-9 })
            .intersection(shown)
        #expect(moved.contains("net_revenue") && moved.count > 3)
        #expect(Set(restatements.compactMap { $0["kpi"] as? String }) == moved)
        let revenue = try #require(restatements.first { $0["kpi"] as? String == "net_revenue" })
        #expect(abs((revenue["published"] as? Double ?? 0) - before) < 0.005)
        #expect(abs((revenue["now"] as? Double ?? 0) - after) < 0.005)
        #expect(abs((revenue["change"] as? Double ?? 0) - 250) < 0.005)
        #expect(revenue["published_in"] as? String == "2026-09")
        #expect(october.stderr.contains("restated since last published: \(restatements.count) values"))
        let pages = try PDFText.pages(of: out.appendingPathComponent("2026-10/board-pack.pdf"))
        #expect(pages[1].contains("Restated since last published"))
        #expect(pages[1].contains("Net revenue"))
        #expect(pages[1].contains("+€250.00"))
        let rendered = folder.url.appendingPathComponent("rendered")
        let render = try BinaryRunner.run([
            "render", "--values", out.appendingPathComponent("2026-10/values.json").path, "--out", rendered.path,
            "--dpi", "36",
        ])
        #expect(render.exitCode == 0, "\(render.stderr)")
        #expect(
            try Data(contentsOf: rendered.appendingPathComponent("board-pack.pdf"))
                == Data(contentsOf: out.appendingPathComponent("2026-10/board-pack.pdf")),
            "render lost the restatements")

        // The same data again: nothing new is restated against the October pack just published.
        let again = try run(database, "2026-10", out: out)
        let restatedAgain =
            try json(out.appendingPathComponent("2026-10/values.json"))["restatements"] as? [[String: Any]]
        #expect(restatedAgain?.isEmpty == true, "\(again.stderr)")
    }

    @Test func aCentIsRestatedForMoneyAndTheToleranceGovernsTheRest() throws {
        let folder = try TemporaryFolder()
        let database = try copiedDatabase(in: folder)
        let strict = folder.url.appendingPathComponent("strict")
        let lenient = folder.url.appendingPathComponent("lenient")
        #expect(try run(database, "2026-09", out: lenient).exitCode == 0)
        try FileManager.default.copyItem(at: lenient, to: strict)
        // A run killed while appending left half a line: it is skipped, and the next entry starts on a fresh line.
        let ledger = lenient.appendingPathComponent("ledger.jsonl")
        let handle = try FileHandle(forWritingTo: ledger)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"period\": \"2026-".utf8))
        try handle.close()
        let september = "status = 'completed' AND ordered_at >= '2026-09-01' AND ordered_at < '2026-10-01'"
        let order = try RawSQL.text(database, "SELECT id FROM orders WHERE \(september) ORDER BY id DESC LIMIT 1")
        try RawSQL.execute(database, "UPDATE orders SET net_amount = net_amount + 0.01 WHERE id = \(order)")

        let defaults = try run(database, "2026-10", out: lenient)
        #expect(defaults.exitCode == 0, "\(defaults.stderr)")
        #expect(defaults.stderr.contains("warning: \(ledger.path):2: not a ledger entry, skipped"))
        let lines = try String(contentsOf: ledger, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect((try? JSONSerialization.jsonObject(with: Data(lines[2].utf8))) != nil)
        let restated = try #require(
            try json(lenient.appendingPathComponent("2026-10/values.json"))["restatements"] as? [[String: Any]])
        // One cent more revenue: money totals move by a cent and are restated; ratios barely move and are not.
        #expect(
            restated.contains {
                $0["kpi"] as? String == "net_revenue" && abs(($0["change"] as? Double ?? 0) - 0.01) < 1e-9
            })
        #expect(
            restated.allSatisfy { $0["unit"] as? String == "money" && abs($0["change"] as? Double ?? 0) >= 0.01 - 1e-9 }
        )

        let zero = try run(database, "2026-10", out: strict, ["--restatement-tolerance", "0"])
        #expect(zero.exitCode == 0, "\(zero.stderr)")
        let all = try #require(
            try json(strict.appendingPathComponent("2026-10/values.json"))["restatements"] as? [[String: Any]])
        let kpis = Set(all.compactMap { $0["kpi"] as? String })
        #expect(kpis.isSuperset(of: Set(restated.compactMap { $0["kpi"] as? String })))
        #expect(kpis.contains("revenue_growth"))
        #expect(try run(database, "2026-10", out: strict, ["--restatement-tolerance", "1.5"]).exitCode == 2)
    }

    /// Every KPI's September 2026 value as `eval` prints it.
    private func septemberValues(_ database: String) throws -> [String: Double] {
        let result = try BinaryRunner.run(["eval", "--db", database, "--period", "2026-09", "--format", "json"])
        let values = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let kpis = try #require(values["kpis"] as? [[String: Any]])
        return Dictionary(
            kpis.compactMap { kpi in (kpi["value"] as? Double).map { (kpi["id"] as? String ?? "", $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func aSecondRunKeepsTheFirstEditionByteIdentical() throws {
        let out = try TemporaryFolder()
        #expect(try run(Self.database, "2026-10", out: out.url).exitCode == 0)
        let report = out.url.appendingPathComponent("2026-10")
        let first = try FolderContents.read(report)
        #expect(try json(report.appendingPathComponent("manifest.json"))["edition"] as? Int == 1)
        #expect(try run(Self.database, "2026-10", out: out.url).exitCode == 0)
        #expect(try FolderContents.read(report.appendingPathComponent("editions/1")) == first)
        let manifest = try json(report.appendingPathComponent("manifest.json"))
        #expect(manifest["edition"] as? Int == 2)
        let changes = try #require(manifest["changes"] as? [String: Any])
        #expect(changes["previous_edition"] as? Int == 1)
        #expect(changes["previous_path"] as? String == "editions/1")
        #expect(changes["database_changed"] as? Bool == false)
        #expect((changes["files_changed"] as? [String])?.isEmpty == true)
        let second = try FolderContents.read(report)
        #expect(try run(Self.database, "2026-10", out: out.url).exitCode == 0)
        #expect(try FolderContents.read(report.appendingPathComponent("editions/1")) == first)
        #expect(
            try FolderContents.read(report.appendingPathComponent("editions/2"))
                == second.filter { !$0.key.hasPrefix("editions/") })
        #expect(try json(report.appendingPathComponent("manifest.json"))["edition"] as? Int == 3)
        let ledger = try String(contentsOf: out.url.appendingPathComponent("ledger.jsonl"), encoding: .utf8)
        #expect(ledger.split(separator: "\n").count == 3)
    }

    @Test func aRunWaitsForTheLockAndConcurrentRunsNeverInterleave() throws {
        let out = try TemporaryFolder()
        let lock = try HeldLock(out.url.appendingPathComponent(".scorecard.lock").path)
        let waiting = try BackgroundRun([
            "run", "--db", Self.database, "--period", "2026-10", "--out", out.url.path, "--dpi", "36",
        ])
        Thread.sleep(forTimeInterval: 3)
        #expect(waiting.isRunning, "the run did not wait for the lock")
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("2026-10").path))
        lock.release()
        let result = waiting.finish()
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("waiting: another scorecard run"))
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("2026-10/board-pack.pdf").path))

        // Two runs started together: one after the other, each a whole edition, one ledger line each.
        let runs = try (0..<2).map { _ in
            try BackgroundRun([
                "run", "--db", Self.database, "--period", "2026-10", "--out", out.url.path, "--dpi", "36",
            ])
        }
        let results = runs.map { $0.finish() }
        #expect(results.allSatisfy { $0.exitCode == 0 }, "\(results.map(\.stderr))")
        let report = out.url.appendingPathComponent("2026-10")
        #expect(try json(report.appendingPathComponent("manifest.json"))["edition"] as? Int == 3)
        for edition in ["1", "2"] {
            let kept = try FolderContents.read(report.appendingPathComponent("editions/\(edition)"))
            #expect(kept.count == 13, "edition \(edition) has \(kept.count) files")
        }
        let ledger = try String(contentsOf: out.url.appendingPathComponent("ledger.jsonl"), encoding: .utf8).split(
            separator: "\n")
        #expect(ledger.count == 3)
        #expect(
            ledger.map {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["edition"] as? Int
            } == [1, 2, 3])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted() == [
                ".scorecard.lock", "2026-10", "ledger.jsonl",
            ])
    }

    @Test  // strace comes with `make deps`
    func aKillAtTheSwitchLeavesTheEarlierFolderAndTheNextRunCleansUp() throws {
        let out = try TemporaryFolder()
        #expect(try run(Self.database, "2026-10", out: out.url).exitCode == 0)
        let report = out.url.appendingPathComponent("2026-10")
        let published = try FolderContents.read(report)
        let arguments = ["run", "--db", Self.database, "--period", "2026-10", "--out", out.url.path, "--dpi", "36"]

        // Killed on the first rmdir, right after the exchange: the new edition is in place, the old one kept in it.
        let afterSwitch = try BinaryRunner.runTraced(arguments, inject: "rmdir:signal=KILL")
        #expect(afterSwitch.exitCode != 0)
        #expect(try json(report.appendingPathComponent("manifest.json"))["edition"] as? Int == 2)
        #expect(try FolderContents.read(report.appendingPathComponent("editions/1")) == published)
        #expect(try leftovers(out.url).count == 1)
        let second = try FolderContents.read(report)

        // Killed on entering renameat2: the folder published before is in place, byte for byte;
        // the leftover of the run before was removed, this run's own is left.
        let beforeSwitch = try BinaryRunner.runTraced(arguments, inject: "renameat2:signal=KILL")
        #expect(beforeSwitch.exitCode != 0)
        #expect(try FolderContents.read(report) == second)
        #expect(try leftovers(out.url).count == 1)

        // The next run, for another period, removes what the killed runs left.
        #expect(try run(Self.database, "2026-09", out: out.url).exitCode == 0)
        #expect(try leftovers(out.url).isEmpty)
        #expect(try json(report.appendingPathComponent("manifest.json"))["edition"] as? Int == 2)
    }

    private func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }
    }
}
