/// The SQL that turns purchases into one RFM row per customer, for the CLV fits and `clv`.
///
/// Purchases on the same day are merged into one (amounts summed), purchases after the
/// calibration end are ignored, and for each customer (times in units of `unitDays` days):
/// x = purchase days − 1, t_x = last purchase day − first, T = calibration end − first purchase day,
/// mean spend = the mean amount of the repeat purchase days (the first day excluded; NULL when x = 0).
/// Days are UTC calendar days. Rows with a NULL customer or time are skipped; NULL amounts count as 0.
///
/// ```swift
/// let query = PurchaseSummaryQuery(table: "orders", customer: "customer_id", time: "ordered_at",
///                                  amount: "net_amount", format: .iso, calibrationEndDay: 20_453, unitDays: 7)
/// SQLiteDialect().render(query.select())
/// ```
///
/// renders (for ISO times; bound values in brackets):
///
/// ```sql
/// WITH "rfm#customers"("customer", "first_day", "last_day", "days", "total") AS (
///   SELECT "t"."customer_id", substr(MIN("t"."ordered_at"), [1], [10]), substr(MAX("t"."ordered_at"), [1], [10]),
///          COUNT(DISTINCT substr("t"."ordered_at", [1], [10])), TOTAL("t"."net_amount")
///   FROM "orders" AS "t"
///   WHERE "t"."customer_id" IS NOT NULL AND "t"."ordered_at" IS NOT NULL AND "t"."ordered_at" < ['2026-01-01']
///   GROUP BY "t"."customer_id"),
/// "rfm#first_days"("customer", "amount") AS (
///   SELECT "t"."customer_id", TOTAL("t"."net_amount") FROM "orders" AS "t"
///   CROSS JOIN "rfm#customers" AS "c" ON "c"."customer" = "t"."customer_id" AND substr("t"."ordered_at", [1], [10]) = "c"."first_day"
///   GROUP BY "t"."customer_id")
/// SELECT CAST("c"."customer" AS TEXT) AS "customer", "c"."first_day", "c"."last_day", ("c"."days" - [1]) AS "x",
///   ((<day number of "c"."last_day"> - <day number of "c"."first_day">) / [7.0]) AS "t_x",
///   (([20453] - <day number of "c"."first_day">) / [7.0]) AS "T",
///   CASE WHEN ("c"."days" > [1]) THEN (("c"."total" - "f"."amount") / ("c"."days" - [1])) END AS "mean_spend"
/// FROM "rfm#customers" AS "c" JOIN "rfm#first_days" AS "f" ON "f"."customer" = "c"."customer"
/// ORDER BY "c"."customer"
/// ```
///
/// (SQLite's day number of a day is `CAST(julianday(day) - 2440587.5 AS INTEGER)`, PostgreSQL's a
/// date difference; `TOTAL` is PostgreSQL's `COALESCE(SUM(…), 0)`, see ``SQLFunction/sumOrZero``.)
/// With unix seconds or Julian days the first and last days are day numbers themselves.
///
/// One sort groups the purchases by customer (distinct days counted per group); the first day's
/// amount comes from a second scan that keeps only each customer's first-day rows, looked up in
/// the customers table (`CROSS JOIN` keeps SQLite from indexing the purchases instead). Both scans
/// read the table directly, so no index is needed. Rows of the first day are never after the
/// calibration end, so the second scan needs no date filter.
public struct PurchaseSummaryQuery: Sendable, Hashable {
    /// The purchases, read as `t` by both scans: a table or a select's rows.
    public let purchases: SQLTableReference
    /// The column identifying the customer; rows where it is NULL are skipped.
    public let customerColumn: String
    /// The column holding the purchase's time, in ``format``; rows where it is NULL are skipped.
    public let timeColumn: String
    /// The column holding the purchase's amount, summed per day; NULL counts as 0.
    public let amountColumn: String
    /// How ``timeColumn`` stores instants: ISO text, unix seconds or Julian days.
    public let format: SQLTimeFormat
    /// The last day of the calibration period (inclusive), as days since 1970-01-01.
    public let calibrationEndDay: Int
    /// The length of the summary's time unit in days (7 for weeks).
    public let unitDays: Double

    /// The summary of a table's rows.
    public init(
        table: String, customer: String, time: String, amount: String, format: SQLTimeFormat,
        calibrationEndDay: Int, unitDays: Double
    ) {
        self.init(
            purchases: .table(table, as: "t"), customer: customer, time: time, amount: amount, format: format,
            calibrationEndDay: calibrationEndDay, unitDays: unitDays)
    }

    /// The summary of a select's rows, with the named columns.
    public init(
        rows: SQLSelect, customer: String, time: String, amount: String, format: SQLTimeFormat,
        calibrationEndDay: Int, unitDays: Double
    ) {
        self.init(
            purchases: .subquery(rows, as: "t"), customer: customer, time: time, amount: amount, format: format,
            calibrationEndDay: calibrationEndDay, unitDays: unitDays)
    }

    private init(
        purchases: SQLTableReference, customer: String, time: String, amount: String, format: SQLTimeFormat,
        calibrationEndDay: Int, unitDays: Double
    ) {
        self.purchases = purchases
        self.customerColumn = customer
        self.timeColumn = time
        self.amountColumn = amount
        self.format = format
        self.calibrationEndDay = calibrationEndDay
        self.unitDays = unitDays
    }

    /// The common tables' names, which must not shadow a table of the CRM (a `customers` table is common).
    public static let customersTable = "rfm#customers", firstDaysTable = "rfm#first_days"

    /// The statement: one row per customer, in the order of the customer column (integers before text
    /// in SQLite), with the columns customer, first_day, last_day, x, t_x, T, mean_spend.
    public func select() -> SQLSelect {
        let c = { (name: String) in SQLExpression.column("c", name) }
        let one = SQLExpression.value(.integer(1))
        let unit = SQLExpression.value(.real(unitDays))
        let repeatSpend = SQLExpression.binary(
            .divide, .binary(.subtract, c("total"), .column("f", "amount")), .binary(.subtract, c("days"), one))
        let age = { (from: SQLExpression, to: SQLExpression) in
            SQLExpression.binary(.divide, .binary(.subtract, to, from), unit)
        }
        var select = SQLSelect(from: .table(Self.customersTable, as: "c"))
        select.with = [
            SQLCommonTable(
                Self.customersTable, columns: ["customer", "first_day", "last_day", "days", "total"],
                .select(customers())),
            SQLCommonTable(Self.firstDaysTable, columns: ["customer", "amount"], .select(firstDays())),
        ]
        select.joins = [
            SQLJoin(
                .inner, .table(Self.firstDaysTable, as: "f"),
                on: .binary(.equal, .column("f", "customer"), c("customer")))
        ]
        select.columns = [
            SQLResultColumn(.cast(c("customer"), .text), as: "customer"),
            SQLResultColumn(c("first_day"), as: "first_day"),
            SQLResultColumn(c("last_day"), as: "last_day"),
            SQLResultColumn(.binary(.subtract, c("days"), one), as: "x"),
            SQLResultColumn(age(dayNumber(c("first_day")), dayNumber(c("last_day"))), as: "t_x"),
            SQLResultColumn(age(dayNumber(c("first_day")), .value(.integer(Int64(calibrationEndDay)))), as: "T"),
            SQLResultColumn(
                .caseWhen([SQLCase(.binary(.greater, c("days"), one), repeatSpend)], otherwise: nil),
                as: "mean_spend"),
        ]
        select.orderBy = [c("customer")]
        return select
    }

    private var customer: SQLExpression { .column("t", customerColumn) }
    private var time: SQLExpression { .column("t", timeColumn) }
    private var amount: SQLExpression { .function(.sumOrZero, [.column("t", amountColumn)]) }

    /// Per customer: first and last purchase day, purchase days, total amount.
    private func customers() -> SQLSelect {
        var customers = SQLSelect(from: purchases)
        // ISO text: the day of the earliest time is the earliest day (prefixes keep the order), which
        // saves a day a row. Unix seconds may be stored as text, so their days are compared as numbers.
        let extreme = { (function: SQLFunction) in
            format == .iso ? dayOf(.function(function, [time])) : .function(function, [dayOf(time)])
        }
        customers.columns = [
            SQLResultColumn(customer), SQLResultColumn(extreme(.min)), SQLResultColumn(extreme(.max)),
            SQLResultColumn(.function(.count, [dayOf(time)], distinct: true)),
            SQLResultColumn(amount),
        ]
        // Times are compared as stored: ISO text as text, numbers (perhaps stored as text) as numbers.
        let end = SQLExpression.value(EpochDay.value(calibrationEndDay + 1, format: format))
        customers.filter = .binary(
            .and, .binary(.and, .isNull(customer, negated: true), .isNull(time, negated: true)),
            .binary(.less, format == .iso ? time : .cast(time, .real), end))
        customers.groupBy = [customer]
        return customers
    }

    /// Per customer: the amount of the first purchase day.
    private func firstDays() -> SQLSelect {
        var firstDays = SQLSelect(from: purchases)
        firstDays.columns = [SQLResultColumn(customer), SQLResultColumn(amount)]
        firstDays.joins = [
            SQLJoin(
                .innerInOrder, .table(Self.customersTable, as: "c"),
                on: .binary(
                    .and, .binary(.equal, .column("c", "customer"), customer),
                    .binary(.equal, dayOf(time), .column("c", "first_day"))))
        ]
        firstDays.groupBy = [customer]
        return firstDays
    }

    /// The purchase day of a time: `YYYY-MM-DD` text for ISO times, else the day number.
    private func dayOf(_ instant: SQLExpression) -> SQLExpression {
        format == .iso ? .isoDay(instant, format: .iso) : .dayNumber(instant, format: format)
    }

    /// A purchase day (as ``dayOf(_:)`` gives it) as a day number, for differences.
    private func dayNumber(_ day: SQLExpression) -> SQLExpression {
        format == .iso ? .dayNumber(day, format: .iso) : day
    }
}
