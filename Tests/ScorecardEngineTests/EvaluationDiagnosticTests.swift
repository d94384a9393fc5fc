import Foundation
import ScorecardLanguage
import ScorecardModel
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// The evaluation diagnostics (E04xx) from a real SQLite database: each has its code, is located
/// at the definition marked `‸` in the metrics (or nowhere, for a KPI id from the command line),
/// and reads the same in the JSON of `check --format json`.
@Suite struct EvaluationDiagnosticTests {
    static let schema = """
        CREATE TABLE sales (id INTEGER PRIMARY KEY, sold_at TEXT, amount);
        CREATE TABLE budget (kpi TEXT, period TEXT, target);
        """

    /// A source, a sum, a median and a KPI per measure; `‸` marks where diagnostics are expected.
    static func metrics(table: String = "sales", column: String = "amount", median: String = "sales.amount")
        -> String
    {
        """
        source ‸sales {
          table \(table)
          key id
          time sold_at
        }

        measure ‸revenue: money = sum(sales.\(column))
        measure ‸middle = median(\(median))

        kpi ‸net_revenue {
          stage product
          focus internal
          value revenue
          target from table budget
          owner "Test"
          description "Fixture KPI."
        }

        kpi typical_sale {
          stage product
          focus internal
          value middle
          target 1
          owner "Test"
          description "Fixture KPI."
        }

        """
    }

    /// One sale a day in March 2025 with the given amounts (ids from 1), and the budget rows.
    static func fixture(amounts: [SQLiteValue], budget: [SQLiteValue] = [.real(100)]) throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            let sale = try database.prepare("INSERT INTO sales (sold_at, amount) VALUES (?, ?)")
            for (index, amount) in amounts.enumerated() {
                try sale.run([.text(String(format: "2025-03-%02d 12:00:00", index + 1)), amount])
            }
            let target = try database.prepare("INSERT INTO budget VALUES ('net_revenue', ?, ?)")
            for (index, value) in budget.enumerated() {
                try target.run([.text(String(format: "2025-%02d", 3 - index)), value])
            }
        }
    }

    /// Thirty numeric amounts: the data covers March 2025 and holds nothing wrong.
    static let goodAmounts = (1...30).map { SQLiteValue.integer(Int64($0 * 10)) }

    /// The error of evaluating the marked metrics (fails the test when the evaluation succeeds).
    func failure(
        _ marked: MarkedSource, _ fixture: EvaluationFixture, period: String = "2025-03", kpis: [String]? = nil,
        requireCoverage: Bool = false
    ) throws -> EvaluationError {
        let checked = Checker.check([Parser.parse(marked.file)])
        let model = try #require(checked.model, "\(checked.diagnostics.map(DiagnosticRenderer.text))")
        let reporting = try PeriodParser.parse(period, fiscalYearStart: model.settings.fiscalYearStart, today: Date())
        do {
            _ = try Evaluator(model: model).evaluate(
                databasePath: fixture.databasePath, period: reporting, kpiIDs: kpis, requireCoverage: requireCoverage)
        } catch let error as EvaluationError {
            return error
        }
        Issue.record("the evaluation succeeded")
        throw CancellationError()
    }

    /// The 1-based line and column of a marker, counted in the marked text itself.
    func lineAndColumn(of marker: Int, in marked: MarkedSource) -> (line: Int, column: Int) {
        let before = String(decoding: marked.file.bytes[..<marker], as: UTF8.self)
        let lines = before.components(separatedBy: "\n")
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }

    /// The diagnostics as the JSON array of `check --format json`, parsed.
    func json(_ error: EvaluationError) throws -> [[String: Any]] {
        let data = Data(DiagnosticRenderer.json(error.diagnostics).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    /// Each diagnostic has `code`, starts at a marker, and its JSON object has the same code, file,
    /// line, column, message and help.
    func expectLocated(_ error: EvaluationError, code: DiagnosticCode, at markers: [Int], in marked: MarkedSource)
        throws
    {
        #expect(error.diagnostics.map(\.code) == Array(repeating: code, count: markers.count))
        #expect(error.diagnostics.map(\.range.start) == markers)
        let objects = try json(error)
        #expect(objects.count == markers.count)
        for (object, (diagnostic, marker)) in zip(objects, zip(error.diagnostics, markers)) {
            let (line, column) = lineAndColumn(of: marker, in: marked)
            #expect(object["code"] as? String == code.rawValue)
            #expect(object["severity"] as? String == "error")
            #expect(object["file"] as? String == "case.kpi")
            #expect(object["line"] as? Int == line)
            #expect(object["column"] as? Int == column)
            #expect(object["message"] as? String == diagnostic.message)
            #expect(object["help"] as? String == diagnostic.help)
            #expect(DiagnosticRenderer.text(diagnostic).hasPrefix("case.kpi:\(line):\(column): error[\(code)]: "))
        }
    }

    @Test func aMissingColumnIsAtTheMeasureWithTheClosestColumn() throws {
        let marked = MarkedSource(Self.metrics(column: "amout"))
        let error = try failure(marked, try Self.fixture(amounts: Self.goodAmounts))
        try expectLocated(error, code: .E0402, at: [marked.markers[1]], in: marked)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(
            diagnostic.message == "measure 'revenue' (used by kpi 'net_revenue'): table 'sales' has no column 'amout'")
        #expect(diagnostic.help == "did you mean 'amount'?")
        #expect(error.category == .input)
        #expect(error.userMessage.hasSuffix("\n1 schema problem: nothing was evaluated"))
    }

    @Test func aMissingTableIsAtTheSourceAndEachMeasureReadingIt() throws {
        let marked = MarkedSource(Self.metrics(table: "sale"))
        let error = try failure(marked, try Self.fixture(amounts: Self.goodAmounts))
        // Per measure (by name: middle, revenue) its source's table, then the measure reading it.
        let (source, revenue, middle) = (marked.markers[0], marked.markers[1], marked.markers[2])
        try expectLocated(error, code: .E0401, at: [source, middle, source, revenue], in: marked)
        #expect(error.diagnostics.first?.message.hasPrefix("source 'sales' (measure 'middle' (used by kpi") == true)
        #expect(error.diagnostics.allSatisfy { $0.message.hasSuffix(": the database has no table 'sale'") })
        #expect(error.diagnostics.allSatisfy { $0.help == "did you mean 'sales'?" })
    }

    @Test func anUnknownKPIOnTheCommandLineHasNoLocation() throws {
        let marked = MarkedSource(Self.metrics())
        let error = try failure(marked, try Self.fixture(amounts: Self.goodAmounts), kpis: ["net_revenu"])
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.code == .E0403)
        #expect(diagnostic.file == nil && diagnostic.location == nil)
        #expect(
            DiagnosticRenderer.text(diagnostic)
                == "error[E0403]: unknown KPI 'net_revenu'\n   = help: did you mean 'net_revenue'?\n")
        let object = try #require(try json(error).first)
        #expect(object["file"] is NSNull && object["line"] is NSNull && object["column"] is NSNull)
        #expect(object["code"] as? String == "E0403")
        #expect(object["message"] as? String == "unknown KPI 'net_revenu'")
        #expect(error.category == .input)
    }

    @Test func aTargetThatIsNotANumberIsAtTheKPI() throws {
        let marked = MarkedSource(Self.metrics())
        let fixture = try Self.fixture(amounts: Self.goodAmounts, budget: [.text("tbd")])
        let error = try failure(marked, fixture, kpis: ["net_revenue"])
        try expectLocated(error, code: .E0404, at: [marked.markers[3]], in: marked)
        #expect(
            error.diagnostics.first?.message
                == "cannot read targets of kpi 'net_revenue' from table 'budget': "
                + "the target of 2025-03 is 'tbd', not a number"
        )
        guard case .targetTable(let kpi, let table) = error.kind else {
            Issue.record("kind \(error.kind)")
            return
        }
        #expect(kpi == "net_revenue" && table == "budget")
    }

    @Test func aTargetViewTheDatabaseCannotReadIsAtTheKPIWithTheDatabasesReason() throws {
        // The view has the columns, but SQLite fails on the row's text when it is read.
        let fixture = try EvaluationFixture(
            schema: """
                CREATE TABLE sales (id INTEGER PRIMARY KEY, sold_at TEXT, amount);
                CREATE TABLE plan (kpi TEXT, period TEXT, figures TEXT);
                CREATE VIEW budget AS SELECT kpi, period, json_extract(figures, '$.target') AS target FROM plan;
                """
        ) { database in
            try database.execute("INSERT INTO sales (sold_at, amount) VALUES ('2025-03-01 12:00:00', 10)")
            try database.execute("INSERT INTO plan VALUES ('net_revenue', '2025-03', 'not json')")
        }
        let marked = MarkedSource(Self.metrics())
        let error = try failure(marked, fixture, kpis: ["net_revenue"])
        try expectLocated(error, code: .E0404, at: [marked.markers[3]], in: marked)
        let message = try #require(error.diagnostics.first?.message)
        #expect(message.hasPrefix("cannot read targets of kpi 'net_revenue' from table 'budget': "), "\(message)")
        #expect(message.contains("malformed JSON"), "\(message)")
    }

    @Test func aPercentileOfTextIsAtTheMeasure() throws {
        // NULL amounts pass the row checks (SQL's aggregates skip them), but the median reads 'none' for them.
        let marked = MarkedSource(Self.metrics(median: "coalesce(sales.amount, 'none')"))
        let amounts = Self.goodAmounts.enumerated().map { $0.offset == 4 ? SQLiteValue.null : $0.element }
        let error = try failure(marked, try Self.fixture(amounts: amounts), kpis: ["typical_sale"])
        try expectLocated(error, code: .E0405, at: [marked.markers[2]], in: marked)
        #expect(error.diagnostics.first?.message == "measure 'middle': the percentile of 'none', which is not a number")
    }

    @Test func badRowsThatStopTheRunAreAtTheSourceNamingColumnRowsAndKeys() throws {
        let marked = MarkedSource(Self.metrics())
        var amounts = Self.goodAmounts
        for index in [2, 6, 7] { amounts[index] = .text("n/a") }
        let error = try failure(marked, try Self.fixture(amounts: amounts), kpis: ["net_revenue"])
        try expectLocated(error, code: .E0406, at: [marked.markers[0]], in: marked)
        // Ids count from 1: the rows at offsets 2, 6 and 7.
        #expect(
            error.diagnostics.first?.message
                == "3 rows of source 'sales' have an amount that is not a number (keys 3, 7, 8)")
        #expect(
            error.diagnostics.first?.help
                == "correct the rows, or add `bad_rows skip` to the scorecard block to leave them out "
                + "and list them in the report"
        )
        #expect(error.userMessage.hasSuffix("\nnothing was evaluated"))
    }

    @Test func dataShortOfThePeriodIsAtTheSourceAndExitsWithDataIncomplete() throws {
        let marked = MarkedSource(Self.metrics())
        let error = try failure(
            marked, try Self.fixture(amounts: Self.goodAmounts), period: "2025-04", kpis: ["net_revenue"],
            requireCoverage: true)
        try expectLocated(error, code: .E0407, at: [marked.markers[0]], in: marked)
        #expect(
            error.diagnostics.first?.message
                == "data incomplete: source 'sales' (table sales) reaches 2025-03-\(Self.goodAmounts.count); "
                + "covering 2025-04 needs data to 2025-04-23 (lag 7 days)"
        )
        #expect(error.category == .dataIncomplete && error.category.exitCode == 4)
        #expect(
            error.userMessage.hasSuffix(
                "\nnothing was published; run again when the data is loaded, "
                    + "or with --allow-incomplete for a provisional pack"
            ))
    }
}
