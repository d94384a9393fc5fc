import Foundation
import ScorecardModel
import Testing

@testable import ScorecardEngine

@Suite struct EvaluatorTests {
    static let schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, region TEXT, opted_out INTEGER);
        CREATE TABLE sales (id INTEGER PRIMARY KEY, customer_id INTEGER, sold_at TEXT, amount REAL, status TEXT);
        """

    static let sources = """
        scorecard "Test" {
          min_group_size 2
        }

        source sales {
          table sales
          key id
          time sold_at
          customer customer_id
          where status != 'cancelled'
          join customers on customer_id
          opt_out customers.opted_out
        }

        source customers {
          table customers
          key id
        }

        dimension region = customers.region

        measure revenue: money = sum(sales.amount)
        measure buyers = count_distinct(sales.customer_id)
        measure big_sales = count(sales) where sales.amount > 100
        measure median_sale: money = median(sales.amount)

        """

    /// Customers 1-3 in North, 4 in South (alone: suppressed), 5 opted out; one cancelled sale.
    static func fixture() throws -> EvaluationFixture {
        try EvaluationFixture(schema: schema) { database in
            let customers = try database.prepare("INSERT INTO customers VALUES (?, ?, ?)")
            for (id, region, opted) in [
                (1, "North", 0), (2, "North", 0), (3, "North", 0), (4, "South", 0), (5, "North", 1),
            ] {
                try customers.run([.integer(Int64(id)), .text(region), .integer(Int64(opted))])
            }
            let sales = try database.prepare(
                "INSERT INTO sales (customer_id, sold_at, amount, status) VALUES (?, ?, ?, ?)")
            let rows: [(Int, String, Double, String)] = [
                (1, "2024-02-01 00:00:00", 10.10, "completed"), (2, "2024-02-15 12:00:00", 200.20, "completed"),
                (3, "2024-02-29 23:59:59", 30.30, "completed"), (4, "2024-02-10 08:00:00", 40.40, "completed"),
                (5, "2024-02-11 09:00:00", 999.00, "completed"), (1, "2024-02-12 10:00:00", 5000.00, "cancelled"),
                (1, "2024-03-01 00:00:00", 70.00, "completed"), (2, "2023-02-20 00:00:00", 50.00, "completed"),
            ]
            for row in rows { try sales.run([.integer(Int64(row.0)), .text(row.1), .real(row.2), .text(row.3)]) }
        }
    }

    @Test func computesMeasuresOverTheMonthWithFiltersOptOutAndLeapDay() throws {
        let values = try Self.fixture().evaluate(
            Self.sources + fixtureKPI("rev", value: "revenue") + fixtureKPI("rpc", value: "revenue / buyers")
                + fixtureKPI("big", value: "big_sales") + fixtureKPI("med", value: "median_sale"), period: "2024-02")
        // February 2024 counts customers 1-4 (5 opted out, the cancelled sale filtered, 1 March excluded).
        let february = [10.10, 200.20, 30.30, 40.40]
        let exact = Double(february.map { Int(($0 * 100).rounded()) }.reduce(0, +)) / 100
        #expect(values.kpi("rev")?.value == exact)
        #expect(values.kpi("rpc")?.value == exact / 4)
        #expect(values.kpi("big")?.value == 1)
        #expect(values.kpi("med")?.value == (february.sorted()[1] + february.sorted()[2]) / 2)
        #expect(values.kpi("rev")?.lastYear == 50)
        #expect(values.kpi("rev")?.trend.count == 13)
        #expect(values.kpi("rev")?.trend.last?.period == "2024-02")
        #expect(values.kpi("rev")?.trend.first?.value == 50)
    }

    @Test func breakdownsSuppressSmallGroupsAndSumToTheTotalOtherwise() throws {
        let metrics = Self.sources + fixtureKPI("rev", value: "revenue", "  breakdown region\n")
        let values = try Self.fixture().evaluate(metrics, period: "2024-02")
        let groups = try #require(values.kpi("rev")?.breakdowns["region"])
        #expect(
            groups == [
                BreakdownValue(key: "North", value: 10.10 + 200.20 + 30.30, suppressed: false),
                BreakdownValue(key: "South", value: nil, suppressed: true),
            ])
        let open = try Self.fixture().evaluate(
            metrics.replacingOccurrences(of: "min_group_size 2", with: "min_group_size 1"), period: "2024-02")
        let openGroups = try #require(open.kpi("rev")?.breakdowns["region"])
        #expect(openGroups.map(\.key) == ["North", "South"])
        let total = openGroups.compactMap(\.value).reduce(0, +)
        #expect(abs(total - (try #require(open.kpi("rev")?.value))) < 1e-9)
    }

    @Test func emptyPeriodsAndDivisionByZeroAreNotAvailableWithAReason() throws {
        let metrics =
            Self.sources + fixtureKPI("rpc", value: "revenue / buyers")
            + fixtureKPI("zero", value: "revenue / (buyers - buyers)")
            + fixtureKPI("filled", value: "revenue", "  missing zero\n")
        let values = try Self.fixture().evaluate(metrics, period: "2023-06")
        #expect(values.kpi("rpc")?.value == nil)
        #expect(values.kpi("rpc")?.note == "no data in source 'sales' for 2023-06")
        #expect(values.kpi("rpc")?.status == KPIStatus.none)
        #expect(values.kpi("filled")?.value == 0)
        let february = try Self.fixture().evaluate(metrics, period: "2024-02")
        #expect(february.kpi("zero")?.value == nil)
        #expect(february.kpi("zero")?.note == "division by zero: the divisor is 0")
    }

    @Test func targetsOverSeveralMonthsFollowWhatTheKPIMeasures() throws {
        let metrics =
            Self.sources + fixtureKPI("rev", value: "revenue") + fixtureKPI("rpc", value: "revenue / buyers")
            + fixtureKPI("med", value: "median_sale")
        let quarter = try Self.fixture().evaluate(metrics, period: "2024-Q1")
        // Every fixture KPI has the constant monthly target 1.
        #expect(quarter.kpi("rev")?.target == 3)  // a flow: the months' targets add up
        #expect(quarter.kpi("med")?.target == 1)  // means the same over any window: last month's
        #expect(quarter.kpi("rpc")?.target == nil)  // per distinct buyer: no target over a quarter
        #expect(quarter.kpi("rpc")?.status == KPIStatus.none)
        let month = try Self.fixture().evaluate(metrics, period: "2024-02")
        #expect(month.kpi("rpc")?.target == 1)
        #expect(month.kpi("rpc")?.ytdTarget == nil)
        #expect(month.kpi("rev")?.ytdTarget == 2)  // calendar fiscal year: January and February
    }

    @Test func statusFollowsThresholdsAndPolarity() {
        let bands = Thresholds(
            amber: Threshold(direction: .below, value: 1.0, isRelative: true),
            red: Threshold(direction: .below, value: 0.9, isRelative: true))
        #expect(StatusRule.status(value: 100, target: 100, thresholds: bands, polarity: .higher) == .green)
        #expect(StatusRule.status(value: 95, target: 100, thresholds: bands, polarity: .higher) == .amber)
        #expect(StatusRule.status(value: 89.9, target: 100, thresholds: bands, polarity: .higher) == .red)
        let lower = Thresholds(
            amber: Threshold(direction: .above, value: 1.05, isRelative: true),
            red: Threshold(direction: .above, value: 30, isRelative: false))
        #expect(StatusRule.status(value: 20, target: 24, thresholds: lower, polarity: .lower) == .green)
        #expect(StatusRule.status(value: 25.5, target: 24, thresholds: lower, polarity: .lower) == .amber)
        #expect(StatusRule.status(value: 31, target: 24, thresholds: lower, polarity: .lower) == .red)
        #expect(StatusRule.status(value: 99, target: 100, thresholds: Thresholds(), polarity: .higher) == .red)
        #expect(StatusRule.status(value: nil, target: 100, thresholds: bands, polarity: .higher) == KPIStatus.none)
    }

    @Test func aMissingColumnIsReportedWithTheMeasureItsFileLineAndASuggestion() throws {
        let metrics =
            Self.sources.replacingOccurrences(of: "sum(sales.amount)", with: "sum(sales.amout)")
            + fixtureKPI("rev", value: "revenue")
        let line =
            metrics.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.hasPrefix("measure revenue")
            }! + 1
        #expect {
            try Self.fixture().evaluate(metrics, period: "2024-02")
        } throws: { error in
            let text = String(describing: error)
            return text.contains(
                "fixture.kpi:\(line):9: error[E0402]: measure 'revenue' (used by kpi 'rev'): "
                    + "table 'sales' has no column 'amout'"
            )
                && text.contains("did you mean 'amount'?")
        }
    }

    @Test func aTableMayBeNamedInSQLitesMainSchemaAndAnotherSchemaIsALocatedError() throws {
        let qualified = Self.sources.replacingOccurrences(of: "table sales", with: "table main.sales")
        let values = try Self.fixture().evaluate(qualified + fixtureKPI("rev", value: "revenue"), period: "2024-02")
        // Independently: February 2024's sales that are not cancelled, without opted-out customer 5.
        let february = [10.10, 200.20, 30.30, 40.40]
        #expect(abs((values.kpi("rev")?.value ?? 0) - february.reduce(0, +)) < 1e-9)
        let other = Self.sources.replacingOccurrences(of: "table sales", with: "table crm.sales")
        let line = other.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "source sales {" }!
        #expect {
            try Self.fixture().evaluate(other + fixtureKPI("rev", value: "revenue"), period: "2024-02")
        } throws: { error in
            String(describing: error).contains("fixture.kpi:\(line + 1):8: error[E0401]: source 'sales'")
                && String(describing: error).contains("the database has no table 'crm.sales'")
        }
    }

    @Test func theDatabaseFileIsNeverWritten() throws {
        let fixture = try Self.fixture()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.databasePath))
        _ = try fixture.evaluate(Self.sources + fixtureKPI("rev", value: "revenue"), period: "2024-02")
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.databasePath)) == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.databasePath + "-journal"))
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
