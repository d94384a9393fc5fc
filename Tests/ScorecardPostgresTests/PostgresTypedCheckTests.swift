import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardPostgres
import ScorecardSQL
import Testing

/// Row checks on columns whose type PostgreSQL enforces: an integer cannot fail "not a number"
/// (no check), a `numeric` or `double precision` fails it only for NaN and the infinities, a
/// `timestamptz` is unreadable only when NULL or infinite; the plan says so without `pg_typeof`
/// or a pattern, and finds exactly the rows counted from the values below.
@Suite struct PostgresTypedCheckTests {
    typealias Row = (id: Int, soldAt: String?, amount: String, quantity: Int?, ratio: String?, score: String)

    static let rows: [Row] = [
        (1, "2026-03-05 10:00:00+00", "10.50", 1, "0.5", "1"),
        (2, "2026-03-06 10:00:00+00", "20.00", 2, "NaN", "2"),
        (3, "2026-03-07 10:00:00+00", "30.00", 3, "Infinity", "NaN"),
        (4, nil, "40.00", 4, "2", "3"),
        (5, "infinity", "50.00", 5, "3", "4"),
        (6, "2026-03-08 10:00:00+00", "100000000000000", 6, "-Infinity", "Infinity"),
        (7, "2026-03-09 10:00:00+00", "70.25", nil, nil, "-Infinity"),
        (8, "2026-03-10 10:00:00+00", "80.00", 8, "4", "5"),
    ]

    static let setup =
        "CREATE TABLE sales (id bigint PRIMARY KEY, sold_at timestamptz, amount numeric(20,2), quantity bigint,"
        + " ratio double precision, score numeric);\nINSERT INTO sales VALUES "
        + rows.map { row in
            "(\(row.id), \(row.soldAt.map { "'\($0)'" } ?? "NULL"), \(row.amount), \(row.quantity.map(String.init) ?? "NULL"), "
                + "\(row.ratio.map { "'\($0)'" } ?? "NULL"), '\(row.score)')"
        }.joined(separator: ", ") + ";"

    static let metrics = """
        scorecard "Shop" {
          bad_rows skip
        }

        source sales {
          table sales
          key id
          time sold_at
        }

        measure revenue: money = sum(sales.amount)
        measure units = sum(sales.quantity)
        measure mean_ratio = avg(sales.ratio)
        measure mean_score = avg(sales.score)

        kpi revenue {
          stage product
          focus internal
          value revenue
        }

        kpi units {
          stage product
          focus internal
          value units
        }

        kpi mean_ratio {
          stage product
          focus internal
          value mean_ratio
        }

        kpi mean_score {
          stage product
          focus internal
          value mean_score
        }

        """

    static func isSpecial(_ value: String?) -> Bool { ["NaN", "Infinity", "-Infinity"].contains(value ?? "") }

    @Test func typedColumnsAreCheckedByTheirTypeAndTheSameRowsFail() throws {
        let fixture = try PostgresFixture(Self.setup)
        let model = try #require(Checker.check([Parser.parse(SourceFile(path: "shop.kpi", text: Self.metrics))]).model)
        let period = try PeriodParser.parse("2026-03", fiscalYearStart: 1, today: Date())
        let values = try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)

        // Independently, from the rows: which fail which check.
        let unreadable = Self.rows.filter { $0.soldAt == nil || $0.soldAt == "infinity" }
        let tooLarge = Self.rows.filter { abs(Double($0.amount) ?? 0) >= 1e13 }
        let ratioBad = Self.rows.filter { Self.isSpecial($0.ratio) }
        let scoreBad = Self.rows.filter { Self.isSpecial($0.score) }
        let expected: Set<String> = [
            "sold_at unreadable_time \(unreadable.count)", "amount too_large \(tooLarge.count)",
            "ratio not_a_number \(ratioBad.count)", "score not_a_number \(scoreBad.count)",
        ]
        #expect(Set(values.badRows.map { "\($0.column) \($0.problem) \($0.rows)" }) == expected)
        // The good rows: no check fails on any of them.
        let badIDs = Set((unreadable + tooLarge + ratioBad + scoreBad).map(\.id))
        let good = Self.rows.filter { !badIDs.contains($0.id) }
        let value = { (id: String) in values.kpis.first { $0.id == id }?.value }
        #expect(value("revenue") == good.reduce(0) { $0 + (Double($1.amount) ?? 0) })
        #expect(value("units") == Double(good.compactMap(\.quantity).reduce(0, +)))
        let ratios = good.compactMap { $0.ratio.flatMap(Double.init) }
        #expect(value("mean_ratio") == ratios.reduce(0, +) / Double(ratios.count))
    }

    @Test func thePlanForTypedColumnsHasNoTypeLookupOrPattern() throws {
        let fixture = try PostgresFixture(Self.setup)
        var model = try #require(
            Checker.check([Parser.parse(SourceFile(path: "shop.kpi", text: Self.metrics))]).model)
        let sql = { (model: MetricsModel) in
            QueryPlanner(
                model: model,
                windows: [
                    QueryWindow(
                        id: 0, firstDay: 20_513, endDay: 20_544, previousFirstDay: 20_485, previousEndDay: 20_513)
                ]
            )
            .planByMonth(measures: Array(model.measures.keys)).statements
            .map { PostgreSQLDialect().render($0.select).text }.joined(separator: "\n")
        }
        let untyped = sql(model)
        #expect(untyped.contains("pg_typeof") && untyped.contains("SIMILAR TO"))
        var kinds = ColumnKinds()
        for column in try #require(try fixture.connect().tables().first { $0.name == "sales" }).columns {
            kinds.set(column.kind, table: "sales", column: column.name)
        }
        model.columnKinds = kinds
        let typed = sql(model)
        #expect(!typed.contains("pg_typeof") && !typed.contains("SIMILAR TO"))
        #expect(!typed.contains("\"quantity\" IS NOT NULL"), "an integer column has no number check")
    }
}
