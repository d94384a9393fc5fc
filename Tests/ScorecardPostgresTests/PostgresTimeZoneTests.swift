import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardPostgres
import ScorecardSQL
import Testing

/// The scorecard's `time_zone` setting: a `timestamptz` falls into the month of its local date
/// in that zone, checked against months computed by Foundation's calendar.
@Suite struct PostgresTimeZoneTests {
    /// Instants near month ends (UTC), each with an amount that is a power of two, so a month's
    /// sum names its orders. Berlin is UTC+1 in winter and UTC+2 from 29 March 2026.
    static let orders: [(instant: String, amount: Int)] = [
        ("2025-12-31T23:00:00Z", 1), ("2026-01-31T22:30:00Z", 2), ("2026-01-31T23:30:00Z", 4),
        ("2026-02-15T12:00:00Z", 8), ("2026-02-28T23:15:00Z", 16), ("2026-03-31T21:59:59Z", 32),
        ("2026-03-31T22:00:00Z", 64), ("2026-04-10T09:00:00Z", 128),
    ]

    static let setup =
        "CREATE TABLE orders (id bigint PRIMARY KEY, ordered_at timestamptz, amount numeric(12,2));\n"
        + "INSERT INTO orders VALUES "
        + orders.enumerated().map { "(\($0.offset + 1), '\($0.element.instant)', \($0.element.amount))" }
        .joined(separator: ", ") + ";"

    static func metrics(timeZone: String?) -> String {
        let settings = timeZone.map { "scorecard \"Shop\" {\n  time_zone \"\($0)\"\n}\n\n" } ?? ""
        return settings + """
            source orders {
              table orders
              key id
              time ordered_at
            }

            measure revenue: money = sum(orders.amount)

            kpi revenue "Revenue" {
              stage product
              focus internal
              value revenue
              unit money
              better higher
            }

            """
    }

    /// Each month's revenue by Foundation's calendar in `zone`: the sum of the orders whose local date falls in it.
    static func expectedMonths(in zone: String) throws -> [String: Double] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        var months: [String: Double] = [:]
        for order in orders {
            let date = try #require(ISO8601DateFormatter().date(from: order.instant))
            let parts = calendar.dateComponents([.year, .month], from: date)
            let month = String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
            months[month, default: 0] += Double(order.amount)
        }
        return months
    }

    /// The revenue of every month from 2025-12 to 2026-04, from the trend of an evaluation of 2026-04.
    static func evaluatedMonths(timeZone: String?, fixture: PostgresFixture) throws -> [String: Double] {
        let text = metrics(timeZone: timeZone)
        let model = try #require(Checker.check([Parser.parse(SourceFile(path: "shop.kpi", text: text))]).model)
        #expect(model.settings.timeZone == timeZone ?? "UTC")
        let period = try PeriodParser.parse("2026-04", fiscalYearStart: 1, today: Date())
        let values = try Evaluator(model: model).evaluate(database: try fixture.connect(), period: period)
        let trend = try #require(values.kpis.first?.trend)
        let months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
        return Dictionary(
            uniqueKeysWithValues: trend.filter { months.contains($0.period) }.compactMap { point in
                point.value.map { (point.period, $0) }
            })
    }

    @Test func aTimestamptzFallsInTheMonthOfItsLocalDateInTheScorecardsZone() throws {
        let fixture = try PostgresFixture(Self.setup)
        let utc = try Self.expectedMonths(in: "UTC")
        let berlin = try Self.expectedMonths(in: "Europe/Berlin")
        #expect(utc != berlin)  // the instants straddle month ends differently in the two zones
        #expect(try Self.evaluatedMonths(timeZone: nil, fixture: fixture) == utc)
        #expect(try Self.evaluatedMonths(timeZone: "UTC", fixture: fixture) == utc)
        #expect(try Self.evaluatedMonths(timeZone: "Europe/Berlin", fixture: fixture) == berlin)
    }

    @Test func aSnapshotReaderReadsInTheSameZone() throws {
        let database = try PostgresFixture(Self.setup).connect()
        try database.useTimeZone("Europe/Berlin")
        let zones = try database.readSnapshot {
            let reader = try #require(try database.openSnapshotReader())
            defer { reader.close() }
            return try reader.readSnapshot { try reader.values("SELECT current_setting('TimeZone')") }
        }
        #expect(zones == [.text("Europe/Berlin")])
    }

    @Test func aZoneTheServerDoesNotKnowIsALocatedErrorAndTheSessionStaysUsable() throws {
        let fixture = try PostgresFixture(Self.setup)
        let database = try fixture.connect()
        #expect {
            try database.useTimeZone("Mars/Olympus")
        } throws: { error in
            "\(error)".contains("the PostgreSQL server does not know the time zone 'Mars/Olympus'")
        }
        #expect(database.timeZone == "UTC")
        #expect(try database.values("SELECT current_setting('TimeZone')") == [.text("UTC")])

        // A zone the checker accepts but the server refuses (here forced into the settings).
        let text = Self.metrics(timeZone: "Europe/Berlin")
        let checked = try #require(Checker.check([Parser.parse(SourceFile(path: "shop.kpi", text: text))]).model)
        var settings = checked.settings
        settings.timeZone = "Mars/Olympus"
        let model = MetricsModel(
            settings: settings, sources: checked.sources, dimensions: checked.dimensions, measures: checked.measures,
            clvModels: checked.clvModels, kpis: checked.kpis)
        let period = try PeriodParser.parse("2026-04", fiscalYearStart: 1, today: Date())
        #expect {
            try Evaluator(model: model).evaluate(database: database, period: period)
        } throws: { error in
            let error = error as? EvaluationError
            return error?.diagnostics.map(\.code) == [.E0408]
                && error?.userMessage.hasPrefix(
                    "shop.kpi:2:13: error[E0408]: time_zone 'Mars/Olympus': the PostgreSQL server does not know the time zone"
                ) == true
        }
    }
}
