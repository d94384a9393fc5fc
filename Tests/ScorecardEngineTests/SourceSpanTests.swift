import Foundation
import ScorecardModel
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport
import Testing

@testable import ScorecardEngine

/// A source is read over the windows its own measures need: a growth KPI's year further back is
/// read for its source only, and a percentile's values over its own windows. Figures are checked
/// against the raw rows, on SQLite's scans and on the plan every other database runs.
@Suite struct SourceSpanTests {
    static let metrics =
        """
        scorecard "Spans" {
          min_group_size 1
        }

        source orders {
          table orders
          key id
          time ordered_at
        }

        source tickets {
          table tickets
          key id
          time opened_on
        }

        measure revenue: money = sum(orders.amount)
        measure median_order: money = median(orders.amount)
        measure ticket_minutes = sum(tickets.minutes)

        """ + fixtureKPI("revenue_growth", value: "growth(revenue)") + fixtureKPI("median_kpi", value: "median_order")
        + fixtureKPI("tickets_kpi", value: "ticket_minutes")

    /// Two orders and two tickets a month from 2023-01 to 2026-06, and a ticket whose minutes are
    /// not a number on `badTicketDay`.
    static func fixture(badTicketDay: String) throws -> EvaluationFixture {
        try EvaluationFixture(
            schema: """
                CREATE TABLE orders (id INTEGER PRIMARY KEY, ordered_at TEXT, amount REAL);
                CREATE TABLE tickets (id INTEGER PRIMARY KEY, opened_on TEXT, minutes);
                """
        ) { database in
            let order = try database.prepare("INSERT INTO orders (ordered_at, amount) VALUES (?, ?)")
            let ticket = try database.prepare("INSERT INTO tickets (opened_on, minutes) VALUES (?, ?)")
            for (day, amount) in orders {
                try order.run([.text(day), .real(amount)])
                try ticket.run([.text(day), .integer(Int64(amount))])
            }
            try ticket.run([.text(badTicketDay), .text("n/a")])
        }
    }

    /// (day, amount) of every order; each ticket has the same day and the amount's whole part as minutes.
    static let orders: [(day: String, amount: Double)] = {
        var orders: [(day: String, amount: Double)] = []
        for year in 2023...2026 {
            for month in 1...(year == 2026 ? 6 : 12) {
                for day in [3, 17] {
                    let amount = Double(year * 7 + month * 13 + day) / 4
                    orders.append((String(format: "%04d-%02d-%02d", year, month, day), amount))
                }
            }
        }
        return orders
    }()

    static func amounts(_ prefix: String) -> [Double] {
        orders.filter { $0.day.hasPrefix(prefix) }.map(\.amount)
    }

    static func cents(_ values: [Double]) -> Double {
        Double(values.reduce(0) { $0 + Int(($1 * 100).rounded()) }) / 100
    }

    @Test func eachSourceIsPlannedOverItsMeasuresWindowsOnly() throws {
        let model = try EvaluationFixture.model(Self.metrics)
        let period = try PeriodParser.parse("2026-06", fiscalYearStart: model.settings.fiscalYearStart, today: Date())
        let comparisons = Comparisons(
            period: period, fiscal: FiscalCalendar(startMonth: model.settings.fiscalYearStart))
        let windows = EvaluationWindows(comparisons: comparisons, kpis: model.kpis, model: model)
        let counts = EvaluationWindows.counts(of: model.kpis, in: model, windows: windows)
        let nearOnly = windows.count(yearsBack: 0)
        #expect(nearOnly < windows.ranges.count)
        #expect(counts == ["revenue": windows.ranges.count, "median_order": nearOnly, "ticket_minutes": nearOnly])
        let plan = QueryPlanner(model: model, windows: windows.queryWindows).planByMonth(
            measures: ["revenue", "median_order", "ticket_minutes"], windowCounts: counts)
        let orders = try #require(plan.rows.first { $0.title.contains("source orders") })
        let tickets = try #require(plan.rows.first { $0.title.contains("source tickets") })
        #expect(orders.windowCount == windows.ranges.count)
        #expect(tickets.windowCount == nearOnly)
        #expect(orders.values.map(\.windowCount) == [nearOnly])
        // The spans' first days: two years and a year before the period's trend last year.
        let dialect = SQLiteDialect()
        let lowerBounds = { (select: SQLSelect) in
            dialect.render(select).bindings.compactMap { value -> String? in
                if case .text(let text) = value, text.hasSuffix("-01"), text.count == 10 { text } else { nil }
            }.min()
        }
        #expect(lowerBounds(orders.monthly) == "2023-06-01")
        #expect(lowerBounds(tickets.monthly) == "2024-06-01")
        #expect(lowerBounds(orders.values[0].select) == "2024-06-01")
    }

    /// A bad value before its source's span is not read; one inside stops the run.
    @Test(arguments: [true, false])
    func figuresMatchTheRawRowsAndRowsBeforeTheSpanAreNotRead(scansRows: Bool) throws {
        let model = try EvaluationFixture.model(Self.metrics)
        let values = try Self.fixture(badTicketDay: "2023-09-10").evaluate(
            model, period: "2026-06", scansRows: scansRows)
        let growth = try #require(values.kpi("revenue_growth"))
        let now = Self.cents(Self.amounts("2026-06"))
        let yearBefore = Self.cents(Self.amounts("2025-06"))
        #expect(growth.value.map { abs($0 - (now - yearBefore) / yearBefore) < 1e-12 } == true)
        // The first trend point's last-year value compares two years ago with three.
        let lastYearPoint = try #require(growth.trend.first { $0.period == "2025-06" }?.lastYear)
        let (twoYears, threeYears) = (Self.cents(Self.amounts("2024-06")), Self.cents(Self.amounts("2023-06")))
        #expect(abs(lastYearPoint - (twoYears - threeYears) / threeYears) < 1e-12)
        let june = Self.amounts("2026-06").sorted()
        #expect(values.kpi("median_kpi")?.value == (june[0] + june[1]) / 2)
        let lastJune = Self.amounts("2025-06").sorted()
        #expect(values.kpi("median_kpi")?.lastYear == (lastJune[0] + lastJune[1]) / 2)
        #expect(values.kpi("tickets_kpi")?.value == Self.amounts("2026-06").reduce(0) { $0 + $1.rounded(.down) })
        #expect(values.kpi("tickets_kpi")?.lastYear == Self.amounts("2025-06").reduce(0) { $0 + $1.rounded(.down) })
        #expect(values.badRows.isEmpty)
        #expect {
            try Self.fixture(badTicketDay: "2024-09-10").evaluate(model, period: "2026-06", scansRows: scansRows)
        } throws: { error in
            guard case .badRows(let bad)? = (error as? EvaluationError)?.kind else { return false }
            return bad.map(\.source) == ["tickets"] && bad.map(\.rows) == [1]
        }
    }
}
