import Foundation
import ScorecardTestSupport
import Testing

/// `scorecard explain --db` opens the database read-only and reads its catalogue as `eval` does,
/// so it prints the SQL `eval` runs: on PostgreSQL checked against the statements the server
/// logged while `eval` ran, with their bound values; on SQLite (no column types) the SQL without
/// `--db`. A schema problem is `eval`'s.
@Suite struct ExplainWithDatabaseTests {
    /// The demo in PostgreSQL with `order_lines.returned` turned `boolean` and `orders.ordered_at`
    /// a `timestamp`; `net_amount` and `cost_amount` are `numeric` already.
    static func typedDemo() throws -> (server: PostgresTestServer, database: String, url: String) {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let url = server.url(database: database)
        let loaded = try BinaryRunner.run(["demo-db", "--out", url] + PostgresCommandTests.demo)
        #expect(loaded.exitCode == 0, "\(loaded.stderr)")
        try server.execute(
            """
            ALTER TABLE order_lines ALTER COLUMN returned TYPE boolean USING returned <> 0;
            ALTER TABLE orders ALTER COLUMN ordered_at TYPE timestamp USING CAST(ordered_at AS timestamp);
            """, in: database)
        let types = try server.execute(
            "SELECT data_type FROM information_schema.columns WHERE (table_name, column_name) IN "
                + "(('order_lines', 'returned'), ('order_lines', 'net_amount'), ('orders', 'ordered_at')) "
                + "ORDER BY table_name, column_name", in: database)
        #expect(types.split(separator: "\n") == ["numeric", "boolean", "timestamp without time zone"])
        return (server, database, url)
    }

    @Test func explainPrintsTheStatementsEvalRunsWithTheCatalogueTypes() throws {
        let (server, database, url) = try Self.typedDemo()
        let explain = try BinaryRunner.run(["explain", "return_rate", "--period", "2026-06", "--db", url])
        #expect(explain.exitCode == 0, "\(explain.stderr)")
        let printed = ExplainOutput(explain.stdout).queries
        #expect(printed.count >= 3, "\(explain.stdout)")

        // The catalogue's kinds: the boolean flag is a number, the checks follow the types.
        let months = try #require(printed.first { $0.title.hasPrefix("months of source order_lines") })
        let sql = months.statement.text
        #expect(sql.contains("(CAST(\"t0_order_lines\".\"returned\" AS INTEGER) = $"), "\(sql)")
        #expect(
            sql.contains("(\"t0_order_lines\".\"net_amount\" IS NOT NULL) AND (\"t0_order_lines\".\"net_amount\" IN ($")
        )
        #expect(sql.contains("(\"t0_orders\".\"ordered_at\" IS NULL) OR (\"t0_orders\".\"ordered_at\" IN ($"))
        #expect(months.statement.values.contains("'NaN'") && months.statement.values.contains("'-infinity'"))
        for query in printed {
            #expect(!query.statement.text.contains("pg_typeof"), "no type is looked up row by row: \(query.title)")
            #expect(!query.statement.text.contains("SIMILAR TO"), "no pattern is matched: \(query.title)")
            #expect(!query.statement.text.contains("?"), "PostgreSQL's placeholders: \(query.title)")
        }

        // What eval runs, as the server logged it.
        try server.execute("ALTER DATABASE \(database) SET log_statement = 'all'", in: "postgres")
        let eval = try BinaryRunner.run(["eval", "--db", url, "--period", "2026-06", "--kpi", "return_rate"])
        #expect(eval.exitCode == 0, "\(eval.stderr)")
        try server.execute("ALTER DATABASE \(database) RESET log_statement", in: "postgres")
        let executed = try PostgresStatementLog(logFile: server.folder + "/server.log").statements
        for query in printed {
            #expect(
                executed.contains { $0.matches(query.statement) },
                "eval did not run \(query.title):\n\(query.statement)")
        }
        // And every statement of eval's that reads the KPI's source is one explain printed.
        let reads = executed.filter { $0.text.contains("FROM \"order_lines\" AS \"t0_order_lines\"") }
        #expect(reads.count == printed.count, "each query once: \(reads.count) run, \(printed.count) printed")
        for statement in reads {
            #expect(printed.contains { $0.statement.matches(statement) }, "explain did not print:\n\(statement)")
        }
    }

    @Test func explainOfASQLiteFilePrintsTheSQLWithoutDatabaseAndItsSchemaProblemsAsEval() throws {
        let folder = try TemporaryFolder()
        let file = folder.path("crm.sqlite")
        #expect(try BinaryRunner.run(["demo-db", "--out", file] + PostgresCommandTests.demo).exitCode == 0)
        let withFile = try BinaryRunner.run(["explain", "return_rate", "--period", "2026-06", "--db", file])
        let without = try BinaryRunner.run(["explain", "return_rate", "--period", "2026-06"])
        #expect(withFile.exitCode == 0, "\(withFile.stderr)")
        #expect(withFile.stdout.contains("\"t0_order_lines\".\"returned\" = ?"))
        #expect(withFile.stdout == without.stdout, "SQLite enforces no column types")

        try RawSQL.execute(file, "ALTER TABLE order_lines DROP COLUMN returned")
        let broken = try BinaryRunner.run(["explain", "return_rate", "--period", "2026-06", "--db", file])
        let eval = try BinaryRunner.run(["eval", "--kpi", "return_rate", "--period", "2026-06", "--db", file])
        #expect(broken.exitCode == 1)
        #expect(broken.stderr.contains("error[E0402]: measure 'returned_line_sales'"), "\(broken.stderr)")
        #expect(broken.stderr == eval.stderr && broken.exitCode == eval.exitCode)
        #expect(broken.stdout.isEmpty)
    }
}
