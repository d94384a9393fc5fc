import ScorecardEngine
import Testing

/// A differently named CRM schema with unix and Julian-day times and boundary cases, against
/// expectations computed from the inserted rows.
@Suite("Custom schema: unix and Julian times, joins, opt-out, boundaries")
struct CustomerSchemaTests {
    /// Julian days are doubles: an instant near 2024 resolves to about 40 µs, so durations from
    /// them carry a relative error of about 1e-8 hours.
    static func tolerance(_ id: String) -> Double { id == "close_hours" ? 1e-7 : 1e-9 }

    @Test("every KPI, value, comparisons and trend", arguments: ["2024-02", "2024-03"], CustomerSchemaReference.ids)
    func kpi(_ period: String, _ id: String) throws {
        let values = try CustomerSchemaFixture.evaluate(period)
        let result = try #require(values.kpis.first { $0.id == id })
        let month = Int(period.suffix(2))!
        let windows = ExpectedWindows(period: Window(year: 2024, month: month), fiscalStart: 1)
        let reference = CustomerSchemaReference()
        let found = ComparisonCheck.mismatches(result, windows: windows, tolerance: Self.tolerance(id)) {
            reference.value(id, in: $0)
        }
        ComparisonCheck.expectNone(found)
    }

    @Test("the reference matches sums done by hand")
    func handSums() {
        let reference = CustomerSchemaReference()
        let february = Window(year: 2024, month: 2)
        let march = Window(year: 2024, month: 3)
        // 19.99 + 250.00 (29 Feb 23:59:59) + 60.00 + 30.00 (no client); the NULL amount and the opted-out 500.00 are out.
        #expect(reference.value("turnover", in: february) == 359.99)
        // 45.25 (1 Mar 00:00:00) + 150.00 (31 Mar 23:59:59) + 99.99; the 1 Apr 00:00:00 sale is out.
        #expect(reference.value("turnover", in: march) == 295.24)
        #expect(reference.value("turnover_per_buyer", in: february) == 359.99 / 4)
        #expect(reference.value("new_buyers", in: february) == 2)  // client 4, and client 5 whose first row was void
        #expect(reference.value("new_buyers", in: march) == 0)
        #expect(reference.value("big_sale_share", in: february) == 0.2)
        #expect(reference.value("tickets_per_sale", in: march) == 2.0 / 3)
        #expect(reference.value("close_hours", in: march) == 48)
        #expect(reference.value("turnover", in: Window(year: 2024, month: 1, count: 3)) == 855.73)
    }

    @Test(
        "turnover by zone: unknown zone and no client form '(none)', groups add up", arguments: ["2024-02", "2024-03"])
    func zones(_ period: String) throws {
        let values = try CustomerSchemaFixture.evaluate(period)
        let window = Window(year: 2024, month: Int(period.suffix(2))!)
        let result = try #require(values.kpis.first { $0.id == "turnover" })
        let groups = try #require(result.breakdowns["zone"])
        #expect(
            Set(groups.map(\.key))
                == Set(CustomerSchemaReference().sales(window)!.map { CustomerSchemaReference.zoneLabel($0.client) }))
        for group in groups {
            let customers = CustomerSchemaReference.customers(zone: group.key, window)
            let expected = CustomerSchemaReference(zone: group.key).value("turnover", in: window)
            if customers < 2 {
                #expect(group.suppressed && group.value == nil, "zone \(group.key) has \(customers) customers")
            } else {
                #expect(!group.suppressed && agrees(group.value, expected, tolerance: 1e-9), "zone \(group.key)")
            }
        }
    }

    @Test("February by zone: North has one customer and is suppressed; South shows both of its buyers")
    func februaryGroups() throws {
        let values = try CustomerSchemaFixture.evaluate("2024-02")
        let perBuyer = try #require(values.kpis.first { $0.id == "turnover_per_buyer" }?.breakdowns["zone"])
        let north = try #require(perBuyer.first { $0.key == "North" })
        #expect(north.suppressed && north.value == nil)
        let south = try #require(perBuyer.first { $0.key == "South" })
        #expect(!south.suppressed && south.value == 30.0)  // 60.00 and a NULL amount, over clients 2 and 5
        let none = try #require(perBuyer.first { $0.key == "(none)" })
        #expect(none.suppressed)  // client 4 only: the sale without a client has no customer to count
    }
}
