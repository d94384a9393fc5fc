/// The SQL that turns purchases into one RFM row per customer, for `clv` (the evaluation reads several windows at once with ``PurchaseWindowsQuery``).
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
/// WITH "rfm#days"("customer", "day", "amount", "first_day") AS (
///   SELECT "t"."customer_id", substr("t"."ordered_at", [1], [10]), TOTAL("t"."net_amount"),
///          MIN(substr("t"."ordered_at", [1], [10])) OVER (PARTITION BY "t"."customer_id")
///   FROM "orders" AS "t"
///   WHERE "t"."customer_id" IS NOT NULL AND "t"."ordered_at" IS NOT NULL AND "t"."ordered_at" < ['2026-01-01']
///   GROUP BY "t"."customer_id", substr("t"."ordered_at", [1], [10]))
/// SELECT CAST("d"."customer" AS TEXT) AS "customer", MIN("d"."day") AS "first_day", MAX("d"."day") AS "last_day",
///   (COUNT(*) - [1]) AS "x",
///   ((<day number of MAX("d"."day")> - <day number of MIN("d"."day")>) / [7.0]) AS "t_x",
///   (([20453] - <day number of MIN("d"."day")>) / [7.0]) AS "T",
///   CASE WHEN (COUNT(*) > [1])
///     THEN (TOTAL(CASE WHEN ("d"."day" <> "d"."first_day") THEN "d"."amount" END) / (COUNT(*) - [1])) END AS "mean_spend",
///   COUNT([1]) OVER () AS "customers"
/// FROM "rfm#days" AS "d" GROUP BY "d"."customer" ORDER BY "d"."customer"
/// ```
///
/// (SQLite's day number of a day is `CAST(julianday(day) - 2440587.5 AS INTEGER)`, PostgreSQL's a
/// date difference; `TOTAL` is PostgreSQL's `COALESCE(SUM(…), 0)`, see ``SQLFunction/sumOrZero``.)
/// With unix seconds or Julian days the days are day numbers themselves.
///
/// The purchases are read once: grouped by customer and day, each day row carries its customer's
/// first day (a window aggregate over the groups), and the days are grouped by customer. There
/// is no join, so a database's misjudged row counts cannot turn it into a nested loop (PostgreSQL
/// did that with the earlier form, which joined the customers back to their first-day rows).
public struct PurchaseSummaryQuery: Sendable, Hashable {
    /// The purchases' table, read as `t`.
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
        self.purchases = .table(table, as: "t")
        self.customerColumn = customer
        self.timeColumn = time
        self.amountColumn = amount
        self.format = format
        self.calibrationEndDay = calibrationEndDay
        self.unitDays = unitDays
    }

    /// The common table's name, which must not shadow a table of the CRM (a `customers` table is common).
    public static let daysTable = "rfm#days"

    /// The statement: one row per customer, in the order of the customer column.
    ///
    /// Integers come before text in SQLite. The columns are customer, first_day, last_day, x,
    /// t_x, T, mean_spend, and customers: the number of rows, the same on each (so that a reader
    /// can make room for all of them at the first).
    public func select() -> SQLSelect {
        let d = { (name: String) in SQLExpression.column("d", name) }
        let one = SQLExpression.value(.integer(1))
        let unit = SQLExpression.value(.real(unitDays))
        let first = SQLExpression.function(.min, [d("day")])
        let last = SQLExpression.function(.max, [d("day")])
        let repeatDays = SQLExpression.binary(.subtract, .countRows, one)
        let repeatSpend = SQLExpression.function(
            .sumOrZero,
            [.caseWhen([SQLCase(.binary(.notEqual, d("day"), d("first_day")), d("amount"))], otherwise: nil)])
        let age = { (from: SQLExpression, to: SQLExpression) in
            SQLExpression.binary(.divide, .binary(.subtract, to, from), unit)
        }
        var select = SQLSelect(from: .table(Self.daysTable, as: "d"))
        select.with = [
            SQLCommonTable(Self.daysTable, columns: ["customer", "day", "amount", "first_day"], .select(days()))
        ]
        select.columns = [
            SQLResultColumn(.cast(d("customer"), .text), as: "customer"),
            SQLResultColumn(first, as: "first_day"),
            SQLResultColumn(last, as: "last_day"),
            SQLResultColumn(repeatDays, as: "x"),
            SQLResultColumn(age(dayNumber(first), dayNumber(last)), as: "t_x"),
            SQLResultColumn(age(dayNumber(first), .value(.integer(Int64(calibrationEndDay)))), as: "T"),
            SQLResultColumn(
                .caseWhen(
                    [SQLCase(.binary(.greater, .countRows, one), .binary(.divide, repeatSpend, repeatDays))],
                    otherwise: nil),
                as: "mean_spend"),
            SQLResultColumn(.windowAggregate(.count, [one], partitionBy: []), as: "customers"),
        ]
        select.groupBy = [d("customer")]
        select.orderBy = [d("customer")]
        return select
    }

    private var customer: SQLExpression { .column("t", customerColumn) }
    private var time: SQLExpression { .column("t", timeColumn) }

    /// Per customer and purchase day: the day's amount, and the customer's first purchase day.
    private func days() -> SQLSelect {
        var days = SQLSelect(from: purchases)
        let day = dayOf(time)
        days.columns = [
            SQLResultColumn(customer), SQLResultColumn(day),
            SQLResultColumn(.function(.sumOrZero, [.column("t", amountColumn)])),
            SQLResultColumn(.windowAggregate(.min, [day], partitionBy: [customer])),
        ]
        // Times are compared as stored: ISO text as text, numbers (perhaps stored as text) as numbers.
        let end = SQLExpression.value(EpochDay.value(calibrationEndDay + 1, format: format))
        days.filter = .binary(
            .and, .binary(.and, .isNull(customer, negated: true), .isNull(time, negated: true)),
            .binary(.less, format == .iso ? time : .cast(time, .real), end))
        days.groupBy = [customer, day]
        return days
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
