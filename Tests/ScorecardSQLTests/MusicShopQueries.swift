import ScorecardLanguage
import ScorecardModel
import ScorecardTestSupport

@testable import ScorecardSQL

/// Every kind of query the planner makes, over the music shop of `MusicShopMetrics` plus two
/// sources dated in unix seconds and Julian days, each under a stable snapshot name.
enum MusicShopQueries {
    /// The music shop's sources and measures of every aggregate kind; `skip` sets `bad_rows skip`.
    static func metrics(skip: Bool = false) -> String {
        (skip ? "scorecard \"Music shop\" {\n  bad_rows skip\n}\n" : "") + MusicShopMetrics.sources + """
            source payments {
              table invoices
              key id
              time paid_at unix
              customer customer_id
              join customers on customer_id
            }

            source bookings {
              table invoices
              key id
              time booked_on julian
              customer customer_id
              join customers on customer_id
            }

            dimension country = customers.country
            dimension genre = genres.name

            measure revenue: money = sum(invoices.total)
            measure line_revenue: money = sum(invoice_lines.unit_price * invoice_lines.quantity)
            measure invoice_count = count(invoices)
            measure jazz_lines = count(invoice_lines) where genres.name = 'Jazz'
            measure rated = count(invoices.rating)
            measure average_invoice: money = avg(invoices.total)
            measure smallest_invoice: money = min(invoices.total)
            measure largest_invoice: money = max(invoices.total)
            measure jazz_share = share(genres.name = 'Jazz') from invoice_lines
            measure satisfaction = nps(invoices.rating)
            measure buyers = count_distinct(invoices.customer_id)
            measure median_invoice: money = median(invoices.total)
            measure p90_line: money = percentile(invoice_lines.unit_price, 0.9)
            measure retained = retention(invoices.customer_id)
            measure churned = churn(invoices.customer_id) where invoices.total > 1
            measure repeat_buyers = repeat_rate(invoices.customer_id)
            measure newcomers = new_customers(invoices.customer_id)
            measure jazz_newcomers = new_customers(invoices.customer_id) from invoice_lines where genres.name = 'Jazz'
            measure latest_revenue: money = last(sum(invoices.total))
            measure days_to_due = avg(days_between(invoices.invoice_date, invoices.due_date))
            measure payments = count(payments)
            measure hours_to_settle = avg(hours_between(payments.paid_at, payments.settled_at))
            measure bookings = count(bookings) where lower(coalesce(customers.country, 'none')) != 'none'
            measure hours_to_close = max(hours_between(bookings.booked_on, bookings.closed_on))

            model clv "Customer lifetime value" {
              source invoices
              customer invoices.customer_id
              amount invoices.total
            }

            """
    }

    /// The checked model (a metrics text that does not check stops the test run).
    static func model(skip: Bool = false) -> MetricsModel {
        let result = Checker.check([Parser.parse(SourceFile(path: "music-shop.kpi", text: metrics(skip: skip)))])
        guard let model = result.model, !result.diagnostics.contains(where: { $0.severity == .error }) else {
            preconditionFailure(result.diagnostics.map(DiagnosticRenderer.text).joined())
        }
        return model
    }

    static func day(_ year: Int, _ month: Int, _ day: Int = 1) -> Int {
        CivilDays.days(year: year, month: month, day: day)
    }

    /// October 2025 (after September) and the third quarter (after the second).
    static let windows = [
        QueryWindow(
            id: 0, firstDay: day(2025, 10), endDay: day(2025, 11), previousFirstDay: day(2025, 9),
            previousEndDay: day(2025, 10)),
        QueryWindow(
            id: 1, firstDay: day(2025, 7), endDay: day(2025, 10), previousFirstDay: day(2025, 4),
            previousEndDay: day(2025, 7)),
    ]

    /// Every snapshot's name and statement.
    static let all: [(name: String, select: SQLSelect)] = {
        let shop = model()
        let planner = QueryPlanner(model: shop, windows: windows)
        let skipping = QueryPlanner(model: Self.model(skip: true), windows: windows)
        let country = shop.dimensions["country"]!
        let genre = shop.dimensions["genre"]!
        func measure(_ name: String) -> Measure { shop.measures[name]! }
        func sources(_ names: [String], on planner: QueryPlanner = planner) -> SourceAggregateQueries {
            planner.planByMonth(measures: names).rows[0]
        }
        func rows(_ names: [String]) -> SQLSelect { sources(names).monthly }
        func plan(_ names: [String], by dimension: Dimension? = nil, on planner: QueryPlanner = planner) -> SQLSelect {
            planner.plan(measures: names, breakdown: dimension)[0].select
        }
        let invoiceMeasures = [
            "revenue", "invoice_count", "rated", "average_invoice", "smallest_invoice", "largest_invoice",
            "satisfaction", "buyers", "median_invoice", "retained", "churned", "repeat_buyers", "newcomers",
            "days_to_due",
        ]
        let lineMeasures = ["line_revenue", "jazz_lines", "jazz_share", "p90_line", "jazz_newcomers"]
        let plainInvoices = ["revenue", "invoice_count", "average_invoice", "satisfaction", "buyers", "days_to_due"]
        let clv = shop.clvModels["clv"]!
        let split = planner.splitPurchaseHistory(
            clv, dimensions: [country], firstDay: day(2024, 11), endDay: day(2025, 11))!
        return [
            ("monthly-invoices-iso", rows(invoiceMeasures)),
            ("monthly-invoice-lines-iso", rows(lineMeasures)),
            (
                "monthly-and-keys-invoices-folded",
                planner.planByMonth(measures: invoiceMeasures, foldingKeyQueries: true).rows[0].monthly
            ),
            ("monthly-payments-unix", rows(["payments", "hours_to_settle"])),
            ("monthly-bookings-julian", rows(["bookings", "hours_to_close"])),
            ("keys-invoices-customers", sources(invoiceMeasures).keys[0].select),
            ("keys-lines-jazz-newcomers", sources(lineMeasures).keys[0].select),
            ("values-invoices-median", sources(invoiceMeasures).values[0].select),
            ("monthly-invoices-skip", sources(plainInvoices, on: skipping).monthly),
            ("check-counts-invoices-skip", sources(plainInvoices, on: skipping).checkCounts!),
            ("period-end", planner.planByMonth(measures: ["latest_revenue"]).windowed[0].select),
            ("period-end-by-country", plan(["latest_revenue"], by: country)),
            ("breakdown-invoices-by-country", plan(plainInvoices, by: country)),
            ("breakdown-lines-by-genre", plan(["line_revenue", "jazz_lines", "jazz_share"], by: genre)),
            ("percentile-by-country", plan(["median_invoice"], by: country)),
            ("percentile-lines-by-genre", plan(["p90_line"], by: genre)),
            ("hours-between-unix-by-country", plan(["hours_to_settle"], by: country)),
            ("hours-between-julian", plan(["hours_to_close"])),
            ("customer-rows-transitions", planner.customerRowsQuery(measure("churned"), dimensions: [country]).select),
            ("customer-rows-repeat", planner.customerRowsQuery(measure("repeat_buyers"), dimensions: [country]).select),
            (
                "customer-rows-new",
                planner.customerRowsQuery(measure("jazz_newcomers"), dimensions: [genre, country]).select
            ),
            ("row-checks-skip", plan(plainInvoices, on: skipping)),
            ("row-checks-skip-lines", plan(["line_revenue"], by: genre, on: skipping)),
            ("reach-invoices-iso", planner.reachQuery(source: "invoices")!),
            ("reach-invoice-lines-through-joins", planner.reachQuery(source: "invoice_lines")!),
            ("reach-payments-unix", planner.reachQuery(source: "payments")!),
            ("reach-bookings-julian", planner.reachQuery(source: "bookings")!),
            (
                "purchase-history",
                planner.purchaseHistory(clv, dimensions: [country], firstDay: day(2024, 11), endDay: day(2025, 11))
            ),
            ("purchase-history-split-rows", split.rows),
            ("purchase-history-split-customers", split.customers),
            ("purchase-history-split-absent", split.absentCustomer),
            ("purchase-rows", planner.purchaseRows(clv, firstDay: day(2024, 11), endDay: day(2025, 11))),
            (
                "latest-groups",
                planner.latestGroups(clv, dimension: country, firstDay: day(2024, 11), endDay: day(2025, 11))
            ),
            ("rfm-summary-iso", rfmSummary(time: "invoice_date", format: .iso)),
            ("rfm-summary-unix", rfmSummary(time: "paid_at", format: .unix)),
            ("rfm-summary-julian", rfmSummary(time: "booked_on", format: .julian)),
            (
                "purchase-windows",
                PurchaseWindowsQuery(
                    rows: planner.purchaseRows(clv, firstDay: day(2024, 10), endDay: day(2025, 11)),
                    windows: [
                        .init(firstDay: day(2024, 11), endDay: day(2025, 11)),
                        .init(firstDay: day(2024, 10), endDay: day(2025, 10)),
                    ]
                ).select()
            ),
        ]
    }()

    /// The CLV purchase summary of the invoices up to the end of October 2025, in weeks.
    static func rfmSummary(time: String, format: SQLTimeFormat) -> SQLSelect {
        PurchaseSummaryQuery(
            table: "invoices", customer: "customer_id", time: time, amount: "total", format: format,
            calibrationEndDay: day(2025, 10, 31), unitDays: 7
        ).select()
    }
}
