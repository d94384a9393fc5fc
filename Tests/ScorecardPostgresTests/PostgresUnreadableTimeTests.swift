import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardPostgres
import ScorecardSQL
import Testing

/// On PostgreSQL a text time's unreadable rows are counted from the monthly query's groups, not
/// tested row by row: the month key is the text's first 7 characters, which the dialect's test
/// reads too, so the rows under a key that is no month are exactly the failing ones. The
/// evaluation stops with the rows a pattern over the raw values finds, both in a source grouped
/// by month and in one whose customers' months are folded into its monthly query.
@Suite struct PostgresUnreadableTimeTests {
    static let times: [String?] = [
        "2026-03-05", "2026-03-17 10:00:00", "2026-02-28", "2025-12-31T23:00:00Z", "2026-03", "0000-01-01",
        nil, "2026-13-01", "abc", "2026-3-05", "20260305", "", "２０２６-03-01", "2026-00-10", "2026-1", " 2026-03-05",
    ]

    static let setup =
        "CREATE TABLE sales (id bigint PRIMARY KEY, customer_id bigint, sold_at text, amount numeric);\n"
        + "INSERT INTO sales VALUES "
        + times.enumerated().map { index, time in
            "(\(index + 1), \(index % 4 + 1), \(time.map { "'\($0)'" } ?? "NULL"), \(index + 10))"
        }.joined(separator: ", ") + ";"

    static let metrics = """
        scorecard "Shop" {
          min_group_size 1
        }

        source sales {
          table sales
          key id
          time sold_at
          customer customer_id
        }

        source plain_sales {
          table sales
          key id
          time sold_at
        }

        measure revenue: money = sum(sales.amount)
        measure buyers = count_distinct(sales.customer_id)
        measure plain_revenue: money = sum(plain_sales.amount)

        kpi revenue {
          stage product
          focus internal
          value revenue / buyers
        }

        kpi plain_revenue {
          stage product
          focus internal
          value plain_revenue
        }

        """

    /// Independently of the engine: a time is readable when its text starts with four ASCII
    /// digits, a dash and a month 01 to 12.
    static func isReadable(_ time: String?) -> Bool {
        guard let time else { return false }
        return time.range(of: #"^[0-9]{4}-(0[1-9]|1[0-2])"#, options: .regularExpression) != nil
    }

    @Test func theEvaluationStopsWithExactlyTheUnreadableRowsOfBothSources() throws {
        let fixture = try PostgresFixture(Self.setup)
        let model = try #require(Checker.check([Parser.parse(SourceFile(path: "shop.kpi", text: Self.metrics))]).model)
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        let unreadable = Self.times.enumerated().filter { !Self.isReadable($0.element) }.map { String($0.offset + 1) }
        #expect(unreadable.count == 10)
        var found: [BadRows] = []
        #expect {
            try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)
        } throws: { error in
            guard case .badRows(let bad)? = (error as? EvaluationError)?.kind else { return false }
            found = bad
            return true
        }
        #expect(
            found.map { "\($0.source) \($0.column) \($0.problem) \($0.rows)" }.sorted() == [
                "plain_sales sold_at unreadable_time \(unreadable.count)",
                "sales sold_at unreadable_time \(unreadable.count)",
            ])
        for bad in found {
            #expect(!bad.examples.isEmpty && Set(bad.examples).isSubset(of: unreadable), "\(bad.source)")
        }
    }

    @Test func theDialectsRowTestAgreesAndThePlanDoesNotRunIt() throws {
        let fixture = try PostgresFixture(Self.setup)
        let database = try fixture.connect()
        defer { database.close() }
        var select = SQLSelect(from: .table("sales", as: "s"))
        select.columns = [SQLResultColumn(.countRows)]
        select.filter = .unreadableTime(.column("s", "sold_at"), format: .iso)
        let perRow = try database.readSnapshot { () throws -> Int64 in
            let rows = try database.query(select)
            _ = try rows.next()
            return rows.integer(0)
        }
        #expect(perRow == Int64(Self.times.filter { !Self.isReadable($0) }.count))
        // The evaluation's monthly queries test the time only in `WHERE`, for rows outside the span.
        let model = try #require(Checker.check([Parser.parse(SourceFile(path: "shop.kpi", text: Self.metrics))]).model)
        let planner = QueryPlanner(
            model: model,
            windows: [
                QueryWindow(id: 0, firstDay: 20_513, endDay: 20_544, previousFirstDay: 20_485, previousEndDay: 20_513)
            ])
        let plan = planner.planByMonth(
            measures: Array(model.measures.keys), foldingKeyQueries: true, monthKeyChecksTimes: true)
        for source in plan.rows {
            let columns = PostgreSQLDialect().render(source.monthly).text.components(separatedBy: " FROM ")[0]
            #expect(!columns.contains("translate("), "\(source.title)")
            let timeChecks = source.checks.filter { $0.check.problem == .unreadableTime }
            #expect(timeChecks.map(\.countsUnreadableMonths) == [true], "\(source.title)")
        }
    }
}
