import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel
import ScorecardSQLite
import ScorecardTestSupport

/// A hand-made CRM with its own naming (`tbl_sales`, `clients`, `zones`, `tickets_log`), unix and
/// Julian-day times, and the metrics file written for it.
enum CustomerSchemaFixture {
    /// A row of `clients`.
    struct Client { let no: Int, zone: Int?, isPrivate: Int? }
    /// A row of `tbl_sales`, its time in unix seconds.
    struct Sale { let no: Int, client: Int?, unix: Int, amount: Double?, state: String }
    /// A row of `tickets_log`, its times as unix seconds (stored as Julian days).
    struct Ticket { let no: Int, client: Int?, logged: Int, closed: Int? }

    static let zones: [(Int, String)] = [(1, "North"), (2, "South")]

    /// Client 3 opted out (is_private 1); client 4's zone 99 does not exist; client 5's flag is NULL.
    static let clients = [
        Client(no: 1, zone: 1, isPrivate: 0), Client(no: 2, zone: 2, isPrivate: 0),
        Client(no: 3, zone: 1, isPrivate: 1),
        Client(no: 4, zone: 99, isPrivate: 0), Client(no: 5, zone: 2, isPrivate: nil),
    ]

    private static func t(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> Int {
        ReferenceCalendar.unix(y, m, d, h, mi, s)
    }

    static let sales = [
        Sale(no: 1, client: 1, unix: t(2024, 1, 15, 10), amount: 120.00, state: "paid"),
        Sale(no: 2, client: 2, unix: t(2024, 1, 31, 23, 59, 59), amount: 80.50, state: "paid"),
        Sale(no: 3, client: 5, unix: t(2024, 1, 20, 9), amount: 40.00, state: "void"),
        Sale(no: 4, client: 1, unix: t(2024, 2, 1), amount: 19.99, state: "paid"),
        Sale(no: 5, client: 2, unix: t(2024, 2, 10, 12), amount: nil, state: "open"),
        Sale(no: 6, client: 3, unix: t(2024, 2, 12, 15), amount: 500.00, state: "paid"),
        Sale(no: 7, client: 4, unix: t(2024, 2, 29, 23, 59, 59), amount: 250.00, state: "paid"),
        Sale(no: 8, client: 5, unix: t(2024, 2, 15, 11), amount: 60.00, state: "open"),
        Sale(no: 9, client: nil, unix: t(2024, 2, 20, 16), amount: 30.00, state: "paid"),
        Sale(no: 10, client: 1, unix: t(2024, 3, 1), amount: 45.25, state: "paid"),
        Sale(no: 11, client: 2, unix: t(2024, 3, 31, 23, 59, 59), amount: 150.00, state: "paid"),
        Sale(no: 12, client: 4, unix: t(2024, 3, 15, 8, 30), amount: 99.99, state: "open"),
        Sale(no: 13, client: 1, unix: t(2024, 4, 1), amount: 70.00, state: "paid"),
    ]

    static let tickets = [
        Ticket(no: 1, client: 1, logged: t(2024, 2, 29, 23, 59, 59), closed: t(2024, 3, 1, 2)),
        Ticket(no: 2, client: 2, logged: t(2024, 3, 1), closed: nil),
        Ticket(no: 3, client: 4, logged: t(2024, 2, 10, 8), closed: t(2024, 2, 10, 20)),
        Ticket(no: 4, client: 3, logged: t(2024, 3, 10, 9), closed: t(2024, 3, 12, 9)),
        Ticket(no: 5, client: 1, logged: t(2024, 1, 31, 23, 59, 59), closed: t(2024, 2, 1, 0, 30)),
    ]

    static func julian(_ unix: Int) -> Double { Double(unix) / 86_400 + 2_440_587.5 }

    static let metrics = """
        scorecard "Shop" {
          currency "EUR"
          fiscal_year_start january
          min_group_size 2
        }

        source sales {
          table tbl_sales
          key sale_no
          time sold_unix unix
          customer cust_ref
          where state != 'void'
          join clients on cust_ref
          join zones via clients.zone_ref
          opt_out clients.is_private
        }

        source clients {
          table clients
          key client_no
        }

        source zones {
          table zones
          key zone_no
        }

        source tickets {
          table tickets_log
          key ticket_no
          time logged_jd julian
          customer client_ref
          join clients on client_ref
          join zones via clients.zone_ref
        }

        dimension zone "Zone" = zones.zone_label

        measure turnover: money = sum(sales.amount_eur)
        measure paid_turnover: money = sum(sales.amount_eur) where sales.state = 'paid'
        measure buyers = count_distinct(sales.cust_ref)
        measure sale_count = count(sales)
        measure big_sales = count(sales) where sales.amount_eur >= 100
        measure new_buyers = new_customers(sales.cust_ref)
        measure ticket_count = count(tickets)
        measure close_hours: hours = avg(hours_between(tickets.logged_jd, tickets.closed_jd)) where tickets.closed_jd is not null

        kpi turnover "Turnover" {
          stage place
          focus internal
          value turnover
          unit money
          breakdown zone
          missing zero
        }

        kpi paid_turnover "Paid turnover" {
          stage place
          focus internal
          value paid_turnover
          unit money
        }

        kpi turnover_per_buyer "Turnover per buyer" {
          stage customer_revenue
          focus internal
          value turnover / buyers
          unit money
          breakdown zone
        }

        kpi big_sale_share "Share of sales of 100 or more" {
          stage customer_revenue
          focus external
          value share(big_sales, sale_count)
          unit percent
        }

        kpi new_buyers "New buyers" {
          stage program
          focus external
          value new_buyers
          unit count
        }

        kpi tickets_per_sale "Tickets per sale" {
          stage satisfaction
          focus external
          value ticket_count / sale_count
          unit ratio
          better lower
        }

        kpi close_hours "Hours to close a ticket" {
          stage satisfaction
          focus internal
          value close_hours
          unit hours
          better lower
        }
        """

    /// The database, written once per run.
    static let database: Result<String, any Error> = Result {
        let folder = try RunFolder.make("scorecard-custom")
        let path = folder.appendingPathComponent("shop.sqlite").path
        let db = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        defer { db.close() }
        try db.execute(
            """
            CREATE TABLE zones (zone_no INTEGER PRIMARY KEY, zone_label TEXT);
            CREATE TABLE clients (client_no INTEGER PRIMARY KEY, zone_ref INTEGER, is_private INTEGER);
            CREATE TABLE tbl_sales (sale_no INTEGER PRIMARY KEY, cust_ref INTEGER, sold_unix INTEGER, amount_eur REAL, state TEXT);
            CREATE TABLE tickets_log (ticket_no INTEGER PRIMARY KEY, client_ref INTEGER, logged_jd REAL, closed_jd REAL);
            """)
        func int(_ value: Int?) -> SQLiteValue { value.map { .integer(Int64($0)) } ?? .null }
        for (no, label) in zones { try db.prepare("INSERT INTO zones VALUES (?, ?)").run([int(no), .text(label)]) }
        for c in clients {
            try db.prepare("INSERT INTO clients VALUES (?, ?, ?)").run([int(c.no), int(c.zone), int(c.isPrivate)])
        }
        for s in sales {
            try db.prepare("INSERT INTO tbl_sales VALUES (?, ?, ?, ?, ?)")
                .run([int(s.no), int(s.client), int(s.unix), s.amount.map { .real($0) } ?? .null, .text(s.state)])
        }
        for k in tickets {
            try db.prepare("INSERT INTO tickets_log VALUES (?, ?, ?, ?)")
                .run([int(k.no), int(k.client), .real(julian(k.logged)), k.closed.map { .real(julian($0)) } ?? .null])
        }
        return path
    }

    static let model: Result<MetricsModel, any Error> = Result {
        try ShippedFixture.checkedModel([SourceFile(path: "shop.kpi", text: metrics)])
    }

    static func evaluate(_ period: String) throws -> ScorecardValues {
        let parsed = try PeriodParser.parse(period, fiscalYearStart: 1, today: Date())
        return try Evaluator(model: model.get()).evaluate(databasePath: database.get(), period: parsed)
    }
}
