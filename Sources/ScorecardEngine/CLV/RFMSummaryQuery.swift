import ScorecardSQL

/// The SQL that turns a transactions table into one RFM row per customer.
///
/// Transactions on the same day are merged into one purchase (amounts summed), transactions
/// after the calibration end are ignored, and for each customer (times in `unit`):
/// x = purchase days − 1, t_x = last purchase day − first, T = calibration end − first purchase day,
/// mean spend = the mean amount of the repeat purchase days (the first day excluded; NULL when x = 0).
/// Days are UTC calendar days. Rows with a NULL customer or timestamp are skipped; NULL amounts count as 0.
///
/// ```swift
/// let query = try RFMSummaryQuery(table: "orders", customer: "customer_id", timestamp: "ordered_at",
///                                 amount: "net_amount", calibrationEnd: "2025-12-31", unit: .week)
/// database.dialect.render(query.select())
/// ```
///
/// renders (for ISO timestamps; bound values in brackets):
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
///   ((julianday("c"."last_day") - julianday("c"."first_day")) / [7.0]) AS "t_x",
///   ((julianday(['2025-12-31']) - julianday("c"."first_day")) / [7.0]) AS "T",
///   CASE WHEN ("c"."days" > [1]) THEN (("c"."total" - "f"."amount") / ("c"."days" - [1])) END AS "mean_spend"
/// FROM "rfm#customers" AS "c" JOIN "rfm#first_days" AS "f" ON "f"."customer" = "c"."customer"
/// ```
///
/// One sort groups the transactions by customer (distinct days counted per group); the first
/// day's amount comes from a second scan that keeps only each customer's first-day rows, looked
/// up in the customers table (`CROSS JOIN` keeps SQLite from indexing the transactions instead).
/// Both scans read the table directly, so no index is needed. Rows of the first day are never
/// after the calibration end, so the second scan needs no date filter.
public struct RFMSummaryQuery: Sendable, Hashable {
    public let table: String
    public let customerColumn: String
    public let timestampColumn: String
    public let amountColumn: String
    /// The last day of the calibration period (inclusive), `YYYY-MM-DD`.
    public let calibrationEnd: String
    public let unit: RFMTimeUnit
    public let timestampFormat: RFMTimestampFormat
    /// The calibration end as days since 1970-01-01.
    let calibrationEndDay: Int
    /// Rows to summarise instead of `table`: a select with the columns `customer`, `ts` and `amount`.
    public private(set) var rows: SQLSelect?

    /// The summary over the rows of a select with the columns `customer`, `ts` (in `timestampFormat`) and `amount`.
    public init(rows: SQLSelect, calibrationEnd: String, unit: RFMTimeUnit, timestampFormat: RFMTimestampFormat = .iso)
        throws(CLVInputError)
    {
        try self.init(
            table: "rows", customer: "customer", timestamp: "ts", amount: "amount", calibrationEnd: calibrationEnd,
            unit: unit, timestampFormat: timestampFormat)
        self.rows = rows
    }

    /// Creates the query; throws ``CLVInputError/invalidCalibrationEnd(_:)`` for a malformed date.
    public init(
        table: String, customer: String, timestamp: String, amount: String, calibrationEnd: String,
        unit: RFMTimeUnit = .week, timestampFormat: RFMTimestampFormat = .iso
    ) throws(CLVInputError) {
        guard let day = Self.dayNumber(calibrationEnd) else { throw .invalidCalibrationEnd(calibrationEnd) }
        self.table = table
        self.customerColumn = customer
        self.timestampColumn = timestamp
        self.amountColumn = amount
        self.calibrationEnd = calibrationEnd
        self.unit = unit
        self.timestampFormat = timestampFormat
        self.calibrationEndDay = day
    }

    /// The common tables' names, which must not shadow a table of the CRM (a `customers` table is common).
    static let customersTable = "rfm#customers", firstDaysTable = "rfm#first_days"

    /// The statement: one row per customer with the columns customer, first_day, last_day, x, t_x, T, mean_spend.
    public func select() -> SQLSelect {
        // Rows of a metrics source come as a subquery, read by both scans.
        let source: SQLTableReference = rows.map { .subquery($0, as: "t") } ?? .table(table, as: "t")
        let customer = SQLExpression.column("t", customerColumn)
        let timestamp = SQLExpression.column("t", timestampColumn)
        let day = dayOf(timestamp)
        let amount = SQLExpression.function("TOTAL", [.column("t", amountColumn)])
        var customers = SQLSelect(from: source)
        // ISO text: the day of the earliest timestamp is the earliest day (prefixes keep the order), which
        // saves two substr() a row. Unix seconds may be stored as text, so their days are compared as numbers.
        let extreme = { (name: String) in
            timestampFormat == .iso ? dayOf(.function(name, [timestamp])) : .function(name, [day])
        }
        customers.columns = [
            SQLResultColumn(customer), SQLResultColumn(extreme("MIN")), SQLResultColumn(extreme("MAX")),
            SQLResultColumn(.function("COUNT", [day], distinct: true)),
            SQLResultColumn(amount),
        ]
        customers.filter = .binary(
            "AND", .binary("AND", .isNull(customer, negated: true), .isNull(timestamp, negated: true)),
            .binary("<", timestampFormat == .iso ? timestamp : .cast(timestamp, .integer), endBound))
        customers.groupBy = [customer]

        var firstDays = SQLSelect(from: source)
        firstDays.columns = [SQLResultColumn(customer), SQLResultColumn(amount)]
        firstDays.joins = [
            SQLJoin(
                .innerInOrder, .table(Self.customersTable, as: "c"),
                on: .binary(
                    "AND", .binary("=", .column("c", "customer"), customer),
                    .binary("=", day, .column("c", "first_day"))))
        ]
        firstDays.groupBy = [customer]

        let c = { (name: String) in SQLExpression.column("c", name) }
        let one = SQLExpression.value(.integer(1))
        let unitDays = SQLExpression.value(.real(unit.days))
        let repeatSpend = SQLExpression.binary(
            "/", .binary("-", c("total"), .column("f", "amount")), .binary("-", c("days"), one))
        var select = SQLSelect(from: .table(Self.customersTable, as: "c"))
        select.with = [
            SQLCommonTable(
                Self.customersTable, columns: ["customer", "first_day", "last_day", "days", "total"], .select(customers)
            ),
            SQLCommonTable(Self.firstDaysTable, columns: ["customer", "amount"], .select(firstDays)),
        ]
        select.joins = [
            SQLJoin(
                .inner, .table(Self.firstDaysTable, as: "f"), on: .binary("=", .column("f", "customer"), c("customer")))
        ]
        select.columns = [
            SQLResultColumn(.cast(c("customer"), .text), as: "customer"),
            SQLResultColumn(c("first_day"), as: "first_day"),
            SQLResultColumn(c("last_day"), as: "last_day"),
            SQLResultColumn(.binary("-", c("days"), one), as: "x"),
            SQLResultColumn(
                .binary("/", .binary("-", dayNumber(c("last_day")), dayNumber(c("first_day"))), unitDays), as: "t_x"),
            SQLResultColumn(.binary("/", .binary("-", endDayNumber, dayNumber(c("first_day"))), unitDays), as: "T"),
            SQLResultColumn(
                .caseWhen([SQLCase(.binary(">", c("days"), one), repeatSpend)], otherwise: nil), as: "mean_spend"),
        ]
        return select
    }

    // MARK: Format-specific pieces

    /// The purchase day of a timestamp: `substr(ts, 1, 10)` or `CAST(ts AS INTEGER) / 86400`.
    private func dayOf(_ timestamp: SQLExpression) -> SQLExpression {
        switch timestampFormat {
        case .iso: .function("substr", [timestamp, .value(.integer(1)), .value(.integer(10))])
        case .unixSeconds: .binary("/", .cast(timestamp, .integer), .value(.integer(86_400)))
        }
    }

    /// Timestamps before this are on or before the calibration end.
    private var endBound: SQLExpression {
        switch timestampFormat {
        case .iso: .value(.text(Self.isoDate(calibrationEndDay + 1)))
        case .unixSeconds: .value(.integer(Int64(calibrationEndDay + 1) * 86_400))
        }
    }

    /// A day as a number of days, for differences.
    private func dayNumber(_ day: SQLExpression) -> SQLExpression {
        timestampFormat == .iso ? .function("julianday", [day]) : day
    }

    private var endDayNumber: SQLExpression {
        timestampFormat == .iso
            ? .function("julianday", [.value(.text(calibrationEnd))]) : .value(.integer(Int64(calibrationEndDay)))
    }
}
