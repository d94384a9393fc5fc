import Foundation
import Testing

/// End-to-end tests of `scorecard eval` and `explain` on a small generated demo database.
@Suite struct EvalCommandTests {
    /// One demo database for all tests in this suite (300 customers, data to 2026-06).
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scorecard-eval-\(UUID().uuidString).sqlite"
        ).path
        let result = try? BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "300", "--months", "26", "--end", "2026-06",
        ])
        precondition(result?.exitCode == 0, "demo-db failed: \(result?.stderr ?? "")")
        return path
    }()

    @Test func jsonHasEveryKPIWithTheDocumentedKeys() throws {
        let result = try BinaryRunner.run(["eval", "--db", Self.database, "--period", "2026-06", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["period"] as? String == "2026-06")
        let kpis = try #require(root["kpis"] as? [[String: Any]])
        let declared = try BinaryRunner.run(["check"]).stderr  // "checked 8 files, N KPIs: …"
        let count = declared.split(separator: ",").dropFirst().first?.split(separator: " ").first.flatMap { Int($0) }
        #expect(kpis.count == count)
        let keys = [
            "id", "label", "stage", "focus", "unit", "value", "target", "status", "previous", "last_year", "ytd",
            "ytd_target", "trend", "breakdowns", "note",
        ]
        for kpi in kpis {
            for key in keys { #expect(kpi.keys.contains(key), "\(kpi["id"] ?? "?") lacks \(key)") }
            #expect(["green", "amber", "red", "none"].contains(kpi["status"] as? String ?? ""))
            #expect((kpi["trend"] as? [Any])?.count == 13)
            if kpi["value"] is NSNull { #expect(kpi["note"] as? String != nil, "a null value needs a note") }
        }
    }

    @Test func csvAndTableFormats() throws {
        let csv = try BinaryRunner.run([
            "eval", "--db", Self.database, "--period", "2026-06", "--format", "csv", "--kpi", "net_revenue",
        ])
        #expect(csv.exitCode == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("period,id,label,stage,focus,unit,value,target,status") == true)
        #expect(lines.last?.hasPrefix("2026-06,net_revenue,") == true)
        let table = try BinaryRunner.run(["eval", "--db", Self.database, "--period", "2026-Q2"])
        #expect(table.exitCode == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Q2 2026"), "quarters read as people say them")
        #expect(table.stdout.contains("LIFETIME VALUE"))
    }

    /// A CLV KPI's queries: the customers' figures in every fit's window (the period's end, the
    /// previous period's and last year's) in one query and, for the period's fit, the groups of
    /// its breakdown dimensions in one query.
    @Test func explainListsTheCLVModelsQueries() throws {
        let result = try BinaryRunner.run(["explain", "average_clv", "--period", "2026-06"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "-- query 1 of 2: CLV model clv: customers' figures, calibrated to 2025-06, 2026-05, 2026-06\n"))
        #expect(
            result.stdout.contains("-- query 2 of 2: CLV model clv: customers' region, segment, calibrated to 2026-06"))
        #expect(result.stdout.contains("MAX(\"p\".\"g0\") AS \"group_0\", MAX(\"p\".\"g1\") AS \"group_1\""))
        #expect(result.stdout.contains("WITH \"clv#days\""))
        for window in 0..<3 { #expect(result.stdout.contains("AS \"repeat_\(window)\""), "window \(window)") }
        #expect(!result.stdout.contains("AS \"repeat_3\""))
        #expect(result.stdout.contains("WITH \"clv#purchases\""))
    }

    @Test func explainPrintsSQLWithBoundValues() throws {
        let result = try BinaryRunner.run(["explain", "revenue_per_customer", "--period", "2026-06"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        // The database aggregates: the sum per month, the customers per key and month.
        #expect(
            result.stdout.contains(
                "-- query 1 of 4: months of source customer_orders: active_customers, customer_sales"))
        #expect(result.stdout.contains("-- query 2 of 4: keys of source customer_orders: active_customers"))
        #expect(result.stdout.contains("GROUP BY substr(\"t0_customer_orders\".\"ordered_at\", ?, ?);"))
        #expect(result.stdout.contains("ORDER BY CAST(\"t0_customer_orders\".\"customer_id\" AS TEXT)"))
        // The KPI's breakdowns (region, segment) are listed too.
        #expect(
            result.stdout.contains(
                "-- query 3 of 4: breakdowns: region: source customer_orders: active_customers, customer_sales"))
        #expect(result.stdout.contains("-- query 4 of 4: breakdowns: segment: source customer_orders"))
        #expect(result.stdout.contains("FROM \"orders\" AS \"t0_customer_orders\""))
        // Values are bound, never pasted: the status and the span's bounds appear only as bound values.
        #expect(!result.stdout.contains("= 'completed')"))
        #expect(
            result.stdout.contains(
                "-- bound values: ?1 = 1, ?2 = 7, ?3 = 'cancelled', ?4 = 0, ?5 = '2024-06-01', ?6 = '2026-07-01', "
                    + "?7 = 'completed', ?8 = 1, ?9 = 7, ?10 = 1, ?11 = 7"))
        // The row checks are counted in the monthly query, over rows with an unreadable time too.
        #expect(result.stdout.contains("AS \"bad1\""))
        #expect(
            result.stdout.contains(
                "OR (NOT ((typeof(\"t0_customer_orders\".\"ordered_at\") = ?) AND ((\"t0_customer_orders\".\"ordered_at\" GLOB ?) OR"
            ))
    }

    @Test func badInputsGiveClearErrorsAndExitCodes() throws {
        let period = try BinaryRunner.run(["eval", "--db", Self.database, "--period", "2026-13"])
        #expect(period.exitCode == 2)
        #expect(period.stderr.contains("invalid period \"2026-13\""))
        let missing = try BinaryRunner.run(["eval", "--db", "/no/such/crm.sqlite", "--period", "2026-06"])
        #expect(missing.exitCode == 3)
        #expect(missing.stderr.contains("database file not found: /no/such/crm.sqlite"))
        let folder = try TemporaryFolder()
        let garbage = try folder.write("garbage.sqlite", String(repeating: "not a database ", count: 100))
        let corrupt = try BinaryRunner.run(["eval", "--db", garbage, "--period", "2026-06"])
        #expect(corrupt.exitCode == 3)
        #expect(corrupt.stderr.contains("is not a SQLite database or is corrupt"))
        let unknown = try BinaryRunner.run([
            "eval", "--db", Self.database, "--period", "2026-06", "--kpi", "net_revenu",
        ])
        #expect(unknown.exitCode == 1)
        #expect(
            unknown.stderr.contains("error[E0403]: unknown KPI 'net_revenu'\n   = help: did you mean 'net_revenue'?"))
    }

    @Test func brokenMetricsStopTheEvaluationWithDiagnostics() throws {
        let folder = try TemporaryFolder()
        try folder.write("metrics/a.kpi", "kpi a {\n  stage produkt\n}\n")
        let result = try BinaryRunner.run([
            "eval", "--metrics", folder.url.appendingPathComponent("metrics").path, "--db", Self.database,
        ])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("a.kpi:2:9: error[E0209]"))
        #expect(result.stdout.isEmpty)
    }

    /// A mistyped or empty metrics folder is an error naming it, not an empty scorecard with exit 0.
    @Test func aMissingOrEmptyMetricsFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("metric").path
        let result = try BinaryRunner.run(["eval", "--metrics", missing, "--db", Self.database, "--period", "2026-06"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("cannot read '\(missing)': no such file or folder"))
        #expect(result.stdout.isEmpty)
        try folder.write("empty/notes.txt", "no metrics here")
        let empty = folder.url.appendingPathComponent("empty").path
        let none = try BinaryRunner.run(["eval", "--metrics", empty, "--db", Self.database, "--period", "2026-06"])
        #expect(none.exitCode == 1)
        #expect(none.stderr.contains("the folder holds no *.kpi files"))
        #expect(none.stdout.isEmpty)
    }
}
