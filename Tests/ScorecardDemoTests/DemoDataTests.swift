import ScorecardDemo
import ScorecardEngine
import Testing

@Suite struct DemoDataTests {
    @Test func nothingIsDatedOutsideTheRange() throws {
        let db = try DemoFixture.open()
        let lastDay = "2025-12-31"
        let lastSecond = 1_767_225_599.0  // 2025-12-31 23:59:59 UTC
        for (table, column) in [
            ("customers", "acquired_on"), ("campaigns", "started_on"), ("campaigns", "ended_on"),
            ("campaign_spend", "spent_on"), ("survey_responses", "answered_on"), ("loyalty_snapshots", "snapshot_on"),
        ] {
            let latest = try db.text("SELECT max(\(column)) FROM \(table)") ?? ""
            #expect(latest <= lastDay, "\(table).\(column) = \(latest)")
        }
        #expect(try db.text("SELECT max(ordered_at) FROM orders")! <= "2025-12-31 23:59:59")
        #expect(try db.text("SELECT min(ordered_at) FROM orders")! >= "2024-12-01 00:00:00")
        #expect(try db.text("SELECT min(spent_on) FROM campaign_spend") == "2024-12-01")
        #expect(try db.text("SELECT max(snapshot_on) FROM loyalty_snapshots") == lastDay)
        #expect(try db.scalar("SELECT max(max(opened_at), max(resolved_at)) FROM support_tickets") <= lastSecond)
        #expect(try db.scalar("SELECT count(*) FROM support_tickets WHERE resolved_at < opened_at") == 0)
        #expect(try db.text("SELECT max(period) FROM budget") == "2026-12")
        #expect(try db.text("SELECT min(period) FROM budget") == "2024-12")
    }

    @Test func customersActOnlyAfterTheirAcquisitionAndCampaignsOnlyWhileRunning() throws {
        let db = try DemoFixture.open()
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
                WHERE substr(o.ordered_at, 1, 10) < c.acquired_on
                """) == 0)
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM customers AS c
                WHERE c.acquired_on >= '2024-12-01'
                  AND NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.id AND substr(o.ordered_at, 1, 10) = c.acquired_on)
                """) == 0)
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM support_tickets AS t JOIN customers AS c ON c.id = t.customer_id
                WHERE date(t.opened_at, 'unixepoch') < c.acquired_on
                """) == 0)
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM orders AS o JOIN campaigns AS k ON k.id = o.campaign_id
                WHERE substr(o.ordered_at, 1, 10) < k.started_on OR substr(o.ordered_at, 1, 10) > coalesce(k.ended_on, '9999')
                """) == 0)
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM campaign_spend AS s JOIN campaigns AS k ON k.id = s.campaign_id
                WHERE s.spent_on < substr(k.started_on, 1, 8) || '01' OR s.spent_on > coalesce(k.ended_on, '9999')
                """) == 0)
    }

    @Test func timeFormatsAreTheDocumentedOnes() throws {
        let db = try DemoFixture.open()
        #expect(
            try db.scalar(
                "SELECT count(*) FROM orders WHERE ordered_at NOT GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'"
            ) == 0)
        #expect(try db.scalar("SELECT count(*) FROM orders WHERE datetime(ordered_at) IS NOT ordered_at") == 0)
        #expect(try db.scalar("SELECT count(*) FROM customers WHERE date(acquired_on) IS NOT acquired_on") == 0)
        #expect(try db.scalar("SELECT count(*) FROM campaign_spend WHERE spent_on NOT LIKE '%-01'") == 0)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM loyalty_snapshots WHERE date(snapshot_on, '+1 day', 'start of month', '-1 day') IS NOT snapshot_on"
            ) == 0)
        #expect(
            try db.scalar("SELECT count(*) FROM budget WHERE period NOT GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'") == 0)
    }

    @Test func orderTotalsEqualTheirLinesToTheCent() throws {
        let db = try DemoFixture.open()
        let mismatches = try db.scalar(
            """
            SELECT count(*) FROM orders AS o
            JOIN (SELECT order_id, sum(CAST(round(net_amount * 100) AS INTEGER)) AS net,
                         sum(CAST(round(cost_amount * 100) AS INTEGER)) AS cost
                  FROM order_lines GROUP BY order_id) AS l ON l.order_id = o.id
            WHERE CAST(round(o.net_amount * 100) AS INTEGER) != l.net OR CAST(round(o.cost_amount * 100) AS INTEGER) != l.cost
            """)
        #expect(mismatches == 0)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM order_lines WHERE abs(net_amount * 100 - round(net_amount * 100)) > 1e-6 OR abs(unit_price * 100 - round(unit_price * 100)) > 1e-6"
            ) == 0)
        #expect(
            try db.scalar("SELECT count(*) FROM order_lines WHERE abs(net_amount - quantity * unit_price) > 0.005") == 0
        )
        #expect(
            try db.scalar("SELECT count(*) FROM campaign_spend WHERE abs(amount * 100 - round(amount * 100)) > 1e-6")
                == 0)
    }

    @Test func categoricalColumnsUseTheDocumentedValues() throws {
        let db = try DemoFixture.open()
        let allowed: [(String, String, [String])] = [
            ("campaigns", "channel", ["email", "paid_search", "social", "display", "referral", "events"]),
            ("customers", "segment", ["consumer", "small_business", "enterprise"]),
            ("orders", "status", ["completed", "returned", "cancelled"]),
            ("orders", "channel", ["web", "store", "phone"]),
            ("support_tickets", "channel", ["email", "phone", "chat"]),
            ("loyalty_snapshots", "tier", ["bronze", "silver", "gold"]),
            ("budget", "kpi", ["net_revenue", "gross_margin", "new_customers", "marketing_spend"]),
        ]
        for (table, column, values) in allowed {
            let list = values.map { "'\($0)'" }.joined(separator: ", ")
            #expect(
                try db.scalar("SELECT count(*) FROM \(table) WHERE \(column) NOT IN (\(list))") == 0,
                "\(table).\(column)")
            #expect(
                try db.scalar("SELECT count(DISTINCT \(column)) FROM \(table)") == Double(values.count),
                "\(table).\(column)")
        }
        #expect(try db.scalar("SELECT count(*) FROM budget") == Double((13 + 12) * 4))
        #expect(try db.scalar("SELECT count(*) FROM loyalty_snapshots") == Double(13 * 3))
    }

    @Test func figuresArePlausible() throws {
        let db = try DemoFixture.open()
        let nps = try db.scalar(
            "SELECT 100.0 * (sum(nps_score >= 9) - sum(nps_score <= 6)) / count(nps_score) FROM survey_responses")
        #expect((-100...100).contains(nps))
        #expect((10...50).contains(nps), "NPS \(nps)")
        #expect(try db.scalar("SELECT min(nps_score) FROM survey_responses") >= 0)
        #expect(try db.scalar("SELECT max(nps_score) FROM survey_responses") <= 10)
        #expect(try db.scalar("SELECT min(csat_score) FROM survey_responses") >= 1)
        #expect(try db.scalar("SELECT max(csat_score) FROM survey_responses") <= 5)
        #expect(try db.scalar("SELECT avg(csat_score >= 4) FROM survey_responses WHERE csat_score IS NOT NULL") > 0.6)
        #expect(
            try db.scalar("SELECT count(*) FROM survey_responses WHERE nps_score IS NULL AND csat_score IS NULL") == 0)
        let optOut = try db.scalar("SELECT avg(opted_out) FROM customers")
        #expect((0.01...0.06).contains(optOut), "opt-out share \(optOut)")
        let returned = try db.scalar("SELECT avg(returned) FROM order_lines")
        #expect((0.02...0.07).contains(returned), "returned lines \(returned)")
        let cancelled = try db.scalar("SELECT avg(status = 'cancelled') FROM orders")
        #expect((0.01...0.06).contains(cancelled), "cancelled orders \(cancelled)")
        let fcr = try db.scalar("SELECT avg(first_contact_resolution) FROM support_tickets")
        #expect((0.55...0.85).contains(fcr), "first-contact resolution \(fcr)")
    }

    @Test func fourthQuarterRevenueIsAboveThirdQuarterOnAverage() throws {
        let db = try DemoFixture.open()
        let monthly = """
            SELECT avg(revenue) FROM (
                SELECT substr(ordered_at, 1, 7) AS month, sum(net_amount) AS revenue FROM orders
                WHERE status != 'cancelled' GROUP BY month)
            WHERE CAST(substr(month, 6, 2) AS INTEGER) BETWEEN ? AND ?
            """
        let q3 = try db.scalar(monthly, [.integer(7), .integer(9)])
        let q4 = try db.scalar(monthly, [.integer(10), .integer(12)])
        #expect(q4 > q3 * 1.1, "Q4 \(q4) vs Q3 \(q3)")
    }

    @Test func enterpriseOrdersAreLargerThanConsumerOrders() throws {
        let db = try DemoFixture.open()
        let average =
            "SELECT avg(o.net_amount) FROM orders AS o JOIN customers AS c ON c.id = o.customer_id WHERE c.segment = ?"
        #expect(try db.scalar(average, [.text("enterprise")]) > 3 * db.scalar(average, [.text("consumer")]))
    }
}
