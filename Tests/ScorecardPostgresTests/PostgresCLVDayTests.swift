import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardPostgres
import ScorecardResults
import ScorecardSQL
import ScorecardTestSupport
import Testing

/// The CLV windows query groups purchases by their day's key, an integer PostgreSQL reads from
/// the day's digits; a text time whose day has a letter where a digit belongs (its month is
/// readable, so no row check stops the run first) fails that cast. The evaluation then names
/// the customer and the time, as the scan does on SQLite, and not the cast.
@Suite struct PostgresCLVDayTests {
    static let metrics = """
        source customer_orders {
          table orders
          key id
          time ordered_at
          customer customer_id
        }

        model clv "CLV" {
          source customer_orders
          customer customer_orders.customer_id
          amount customer_orders.net_amount
          unit week
          calibration 12 months
          fit bgnbd
          horizon 12 months
          discount 1%
        }

        measure likely_active_share = alive_share(clv, 0.5)

        kpi active_share {
          stage lifetime_value
          focus internal
          value likely_active_share
        }

        """

    /// 40 customers' orders in 2025, every one to four months, and an order on a day with a letter.
    static func setup(badDay: String?) -> String {
        var rows: [String] = []
        for customer in 1...40 {
            for month in stride(from: customer % 5 + 1, through: 12, by: customer % 4 + 1) {
                let day = String(format: "2025-%02d-%02d", month, customer % 28 + 1)
                rows.append("(\(rows.count + 1), \(customer), '\(day) 10:00', \(customer + month))")
            }
        }
        if let badDay { rows.append("(\(rows.count + 1), 2, '\(badDay) 12:00', 5)") }
        return "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, ordered_at text, net_amount numeric);\n"
            + "INSERT INTO orders VALUES " + rows.joined(separator: ", ") + ";"
    }

    static func evaluate(_ fixture: PostgresFixture) throws -> ScorecardValues {
        let model = try #require(Checker.check([Parser.parse(SourceFile(path: "clv.kpi", text: Self.metrics))]).model)
        let period = try PeriodParser.parse("2025-12", fiscalYearStart: 1, today: Date())
        return try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)
    }

    @Test func aDayWithALetterNamesTheCustomerAndTheTime() throws {
        let fixture = try PostgresFixture(Self.setup(badDay: "2025-06-1x"))
        #expect(throws: CLVInputError.invalidTimestamp(customer: "2", value: "2025-06-1x", column: "ordered_at")) {
            try Self.evaluate(fixture)
        }
    }

    /// A calendar slip (`2025-04-31`, between customer 2's days in March and June) is read as its
    /// key, which is no day: it stops the fit too, though it is neither their first nor last day.
    @Test func aCalendarSlipBetweenOtherDaysNamesTheCustomerAndTheTime() throws {
        let fixture = try PostgresFixture(Self.setup(badDay: "2025-04-31"))
        #expect(throws: CLVInputError.invalidTimestamp(customer: "2", value: "2025-04-31", column: "ordered_at")) {
            try Self.evaluate(fixture)
        }
    }

    /// The query's test for a key that is no day, as PostgreSQL runs it, against Foundation's calendar.
    @Test func postgreSQLTellsTheKeysThatAreNoDayAsTheCalendarDoes() throws {
        let fixture = try PostgresFixture(DayKeySamples.tableSQL(integerType: "bigint"))
        let (count, wrong) = try DayKeySamples.keysTheCheckGetsWrong(in: fixture.connect())
        #expect(count == DayKeySamples.keys.count)
        #expect(wrong.isEmpty)
    }

    /// The same orders without it evaluate: the failure above is that day's.
    @Test func theSameOrdersWithoutItEvaluate() throws {
        let fixture = try PostgresFixture(Self.setup(badDay: nil))
        let values = try Self.evaluate(fixture)
        #expect(values.kpis.first?.value != nil)
    }
}
