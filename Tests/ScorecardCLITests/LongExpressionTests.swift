import Foundation
import ScorecardEngine
import ScorecardSQLite
import Testing

/// End-to-end: long flat expressions and long KPI chains work, and what SQLite cannot take is
/// E0111 at its file, line and column, never a crash (SIGSEGV) or a raw SQLite error.
@Suite struct LongExpressionTests {
    /// A small demo database (150 customers, data to 2026-06).
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-long-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "150", "--months", "14", "--end", "2026-06",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()

    static let header = """
        scorecard "Long expressions" {
          currency "EUR"
        }

        source orders {
          table orders
          key id
          time ordered_at
          customer customer_id
        }

        measure revenue: money = sum(orders.net_amount)

        """

    static func kpi(_ id: String, value: String) -> String {
        "kpi \(id) \"\(id)\" {\n  stage customer_revenue\n  focus internal\n  value \(value)\n}\n"
    }

    /// Writes one metrics file into a fresh folder.
    static func folder(_ text: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("metrics/long.kpi", header + text)
        return folder
    }

    /// June 2026's sum of net_amount over rows matching `condition`, straight from the rows.
    static func juneRevenue(where condition: String = "1") throws -> Double {
        let db = try SQLiteDatabase(path: database, mode: .readOnly)
        let statement = try db.prepare(
            """
            SELECT total(net_amount) FROM orders
            WHERE ordered_at >= '2026-06-01' AND ordered_at < '2026-07-01' AND (\(condition))
            """)
        _ = try statement.step()
        return statement.double(at: 0)
    }

    /// The value of one KPI in June 2026 from `eval --format json`.
    static func juneValue(_ id: String, in folder: TemporaryFolder) throws -> Double? {
        let result = try BinaryRunner.run(
            [
                "eval", "--metrics", "metrics", "--db", database, "--period", "2026-06", "--format", "json",
                "--kpi", id,
            ], in: folder.url)
        #expect(result.exitCode == 0, "\(result.stderr.prefix(500))")
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let kpis = root?["kpis"] as? [[String: Any]] ?? []
        return kpis.first { $0["id"] as? String == id }?["value"] as? Double
    }

    @Test func aSumOfThirtyThousandTermsChecksAndEvaluates() throws {
        let folder = try Self.folder(
            Self.kpi("total", value: Array(repeating: "revenue", count: 30_000).joined(separator: " + ")))
        let check = try BinaryRunner.run(["check", "metrics"], in: folder.url)
        #expect(check.exitCode == 0, "\(check.stderr.prefix(500))")
        let value = try #require(try Self.juneValue("total", in: folder))
        let expected = 30_000 * (try Self.juneRevenue())
        #expect(expected > 0)
        #expect(abs(value - expected) <= 1e-6 * expected, "\(value) vs \(expected)")
    }

    @Test func aSumBeyondTheChainLimitIsALocatedE0109() throws {
        let folder = try Self.folder(
            Self.kpi("total", value: Array(repeating: "revenue", count: 60_000).joined(separator: " + ")))
        for arguments in [
            ["check", "metrics"], ["eval", "--metrics", "metrics", "--db", Self.database, "--period", "2026-06"],
        ] {
            let result = try BinaryRunner.run(arguments, in: folder.url)
            #expect(result.exitCode == 1, "\(arguments[0]): \(result.exitCode)")
            #expect(
                result.stderr.contains("metrics/long.kpi:16:9: error[E0109]: expression longer than 50000 terms"),
                "\(result.stderr.prefix(300))")
        }
    }

    @Test func aWhereOfOneHundredThousandAndedTermsChecks() throws {
        let condition = Array(repeating: "orders.net_amount > 10", count: 100_000).joined(separator: " and ")
        let folder = try Self.folder(
            "measure big: money = sum(orders.net_amount) where \(condition)\n\n"
                + Self.kpi("big", value: "big + revenue"))
        let check = try BinaryRunner.run(["check", "metrics"], in: folder.url)
        #expect(check.exitCode == 0, "\(check.stderr.prefix(500))")
    }

    @Test func aWhereOfThreeThousandAndedTermsReachesSQLiteAndIsRight() throws {
        // 1,000 terms used to overflow SQLite's parser stack (exit 3).
        let condition = (0..<3_000).map { "orders.net_amount > \($0 % 7)" }.joined(separator: " and ")
        let folder = try Self.folder(
            "measure big: money = sum(orders.net_amount) where \(condition)\n\n"
                + Self.kpi("big", value: "big + revenue"))
        let value = try #require(try Self.juneValue("big", in: folder))
        let expected = try Self.juneRevenue(where: "net_amount > 6") + (try Self.juneRevenue())
        #expect(abs(value - expected) <= 1e-6 * expected, "\(value) vs \(expected)")
    }

    @Test func whatSQLiteCannotTakeIsALocatedE0111() throws {
        let chain = Array(repeating: "orders.net_amount", count: 1_000).joined(separator: " + ")
        let nested = String(repeating: "abs(", count: 20) + "orders.net_amount" + String(repeating: ")", count: 20)
        let folder = try Self.folder(
            """
            measure deep: money = sum(orders.net_amount) where \(chain) > 0

            measure nested: money = sum(orders.net_amount) where \(nested) > 0

            """ + Self.kpi("deep", value: "deep + nested"))
        for arguments in [
            ["check", "metrics"], ["eval", "--metrics", "metrics", "--db", Self.database, "--period", "2026-06"],
        ] {
            let result = try BinaryRunner.run(arguments, in: folder.url)
            #expect(result.exitCode == 1, "\(arguments[0]): \(result.exitCode) \(result.stderr.prefix(300))")
            #expect(
                result.stderr.contains("metrics/long.kpi:13:52: error[E0111]: expression too deep for the database"),
                "\(result.stderr.prefix(300))")
            #expect(
                result.stderr.contains(
                    "metrics/long.kpi:15:54: error[E0111]: expression nested too deeply for the database"))
            #expect(!result.stderr.contains("SQLite error"))
        }
    }

    @Test func whatCheckAcceptsEveryQueryOfSQLiteTakes() throws {
        // The longest chain and the deepest nesting E0111 lets through, in every measure kind,
        // broken down (a new_customers breakdown holds the condition twice over).
        let chain = Array(repeating: "orders.net_amount", count: 449).joined(separator: " + ") + " > 1"
        let nested =
            String(repeating: "abs(", count: 15) + "orders.net_amount" + String(repeating: ")", count: 15) + " > 1"
        let kinds = [
            "sum": "sum(orders.net_amount)", "distinct": "count_distinct(orders.customer_id)", "rows": "count(orders)",
            "new": "new_customers(orders.customer_id)", "retained": "retention(orders.customer_id)",
            "repeat": "repeat_rate(orders.customer_id)", "median": "median(orders.net_amount)",
        ]
        var text = "dimension channel = orders.channel\n\n"
        for (kind, aggregate) in kinds.sorted(by: { $0.key < $1.key }) {
            for (shape, condition) in [("chain", chain), ("nested", nested)] {
                text += "measure \(kind)_\(shape) = \(aggregate) where \(condition)\n\n"
                text += Self.kpi("\(kind)_\(shape)_kpi", value: "\(kind)_\(shape)").replacingOccurrences(
                    of: "\n}", with: "\n  breakdown channel\n}")
            }
        }
        let folder = try Self.folder(text)
        let result = try BinaryRunner.run(
            ["eval", "--metrics", "metrics", "--db", Self.database, "--period", "2026-06", "--format", "json"],
            in: folder.url)
        #expect(result.exitCode == 0, "\(result.stderr.prefix(300))")
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let kpis = root?["kpis"] as? [[String: Any]] ?? []
        #expect(kpis.count == 14)
        for (shape, condition) in [("chain", "net_amount * 449 > 1"), ("nested", "abs(net_amount) > 1")] {
            let expected = try Self.juneRevenue(where: condition)
            let value = try #require(kpis.first { $0["id"] as? String == "sum_\(shape)_kpi" }?["value"] as? Double)
            #expect(abs(value - expected) <= 1e-6 * expected, "\(shape): \(value) vs \(expected)")
        }
    }

    @Test func aChainOfKPIsEachUsingThePreviousIsRight() throws {
        let count = 3_000
        let text =
            Self.kpi("k1", value: "revenue") + (2...count).map { Self.kpi("k\($0)", value: "k\($0 - 1) + 1") }.joined()
        let folder = try Self.folder(text)
        let clock = ContinuousClock()
        let start = clock.now
        let check = try BinaryRunner.run(["check", "metrics"], in: folder.url)
        #expect(check.exitCode == 0, "\(check.stderr.prefix(500))")
        let value = try #require(try Self.juneValue("k\(count)", in: folder))
        let expected = try Self.juneRevenue() + Double(count - 1)
        #expect(abs(value - expected) < 1e-6, "\(value) vs \(expected)")
        // Linear: a few seconds in a debug build (it was cubic: 800 KPIs took a minute).
        #expect(clock.now - start < .seconds(60))
    }
}
