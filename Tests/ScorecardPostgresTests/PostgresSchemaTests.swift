import Foundation
import ScorecardDemo
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardPostgres
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

/// Metrics naming their tables with a schema (`table crm.orders`): on PostgreSQL a schema off the
/// `search_path`, with names matched in their own case; on SQLite the `main` schema.
@Suite struct PostgresSchemaTests {
    /// The shipped metrics with every table named in `schema` (`table crm.orders`, `target from table crm.budget`).
    static func shippedMetrics(inSchema schema: String) -> [SourceFile] {
        ShippedMetrics.files().map { file in
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                for prefix in ["  table ", "  target from table "] where line.hasPrefix(prefix) {
                    return prefix + schema + "." + line.dropFirst(prefix.count)
                }
                return String(line)
            }
            return SourceFile(path: file.path, text: lines.joined(separator: "\n"))
        }
    }

    static func model(_ files: [SourceFile]) throws -> MetricsModel {
        try #require(Checker.check(files.map(Parser.parse)).model)
    }

    @Test func tablesInASchemaOffTheSearchPathGiveSQLitesScorecard() throws {
        let folder = try TemporaryFolder()
        let (path, fixture) = try PostgresEvaluationTests.demoInBoth(folder)
        let postgres = try fixture.connect()
        let demoTables = try postgres.tables().map(\.name)
        try fixture.execute(
            "CREATE SCHEMA crm;\n" + demoTables.map { "ALTER TABLE \($0) SET SCHEMA crm;" }.joined(separator: "\n"))
        #expect(try fixture.connect().tables().map(\.name).sorted() == demoTables.map { "crm." + $0 }.sorted())

        let period = try PeriodParser.parse("2026-06", fiscalYearStart: 4, today: Date())
        let plain = try Self.model(ShippedMetrics.files())
        let inCRM = try Self.model(Self.shippedMetrics(inSchema: "crm"))
        #expect(inCRM.sources["orders"]?.table == "crm.orders")
        // The bare names no longer find the tables: the schema is not on the search path.
        #expect {
            try Evaluator(model: plain).evaluate(database: try fixture.connect(), period: period)
        } throws: { error in
            "\(error)".contains("the database has no table 'orders'")
                && "\(error)".contains("did you mean 'crm.orders'?")
        }
        let sqlite = try SQLiteDatabase.openForReading(path: path)
        let expected = try Evaluator(model: plain).evaluate(database: sqlite, period: period)
        let values = try Evaluator(model: inCRM).evaluate(database: try fixture.connect(), period: period)
        #expect(expected.kpis.count > 20)
        let differences = try Self.differences(values, expected)
        #expect(differences.isEmpty, "\(differences.prefix(5))")

        // SQLite names its own tables' schema `main`: the same scorecard again.
        let inMain = try Self.model(Self.shippedMetrics(inSchema: "main"))
        let main = try Evaluator(model: inMain).evaluate(database: sqlite, period: period)
        let mainDifferences = try Self.differences(main, values)
        #expect(mainDifferences.isEmpty, "\(mainDifferences.prefix(5))")
    }

    /// The differences but for table names, which are written as the metrics name them (in
    /// `data_coverage` and `target_source`): `crm.orders` against `orders` is no difference.
    static func differences(_ values: ScorecardValues, _ expected: ScorecardValues) throws -> [String] {
        let all = try JSONTree.differences(values, expected, relativeTolerance: 1e-9)
        let bare = { (text: Substring) in
            text.replacingOccurrences(of: "crm.", with: "").replacingOccurrences(of: "main.", with: "")
        }
        let names = all.filter { difference in
            guard let colon = difference.range(of: ": ") else { return false }
            let sides = difference[colon.upperBound...].components(separatedBy: " vs ")
            return sides.count == 2 && sides[0] != sides[1] && bare(Substring(sides[0])) == bare(Substring(sides[1]))
        }
        #expect(names.count >= values.dataCoverage?.count ?? 0)
        return all.filter { !names.contains($0) }
    }

    static let mixedCase = """
        CREATE SCHEMA "Sales";
        CREATE TABLE "Sales"."Orders" (id bigint PRIMARY KEY, "NetAmount" numeric(12,2), ordered_at text);
        INSERT INTO "Sales"."Orders" VALUES
          (1, 10.25, '2026-03-01 08:00:00'), (2, 4.50, '2026-03-31 23:59:59'), (3, 99.00, '2026-04-01 00:00:00');
        """

    static func mixedCaseMetrics(table: String, column: String) -> String {
        """
        source orders {
          table \(table)
          key id
          time ordered_at
        }

        measure revenue: money = sum(orders.\(column))

        kpi revenue "Revenue" {
          stage product
          focus internal
          value revenue
          unit money
          better higher
        }

        """
    }

    @Test func aMixedCaseSchemaAndTableAreMatchedInTheirOwnCase() throws {
        let fixture = try PostgresFixture(Self.mixedCase)
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        func evaluate(table: String, column: String) throws -> ScorecardValues {
            let text = Self.mixedCaseMetrics(table: table, column: column)
            let model = try Self.model([SourceFile(path: "orders.kpi", text: text)])
            return try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)
        }
        let values = try evaluate(table: "Sales.Orders", column: "NetAmount")
        // Independently: the two March orders.
        #expect(values.kpis.first?.value == 10.25 + 4.50)
        #expect {
            try evaluate(table: "sales.orders", column: "NetAmount")
        } throws: { error in
            "\(error)".contains("orders.kpi:1:8: error[E0401]: source 'orders'")
                && "\(error)".contains("the database has no table 'sales.orders'")
                && "\(error)".contains("did you mean 'Sales.Orders'?")
        }
        #expect {
            try evaluate(table: "Sales.Orders", column: "netamount")
        } throws: { error in
            "\(error)".contains("table 'Sales.Orders' has no column 'netamount'")
                && "\(error)".contains("did you mean 'NetAmount'?")
        }
    }
}
