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
/// SQLiteDialect().render(query.select())
/// ```
///
/// renders (for ISO timestamps; bindings in brackets):
///
/// ```sql
/// WITH "purchase_days"("customer", "day", "amount") AS (SELECT "t"."customer_id", substr("t"."ordered_at", [1], [10]), TOTAL("t"."net_amount")
/// FROM "orders" AS "t"
/// WHERE ((("t"."customer_id" IS NOT NULL) AND ("t"."ordered_at" IS NOT NULL)) AND ("t"."ordered_at" < ['2026-01-01']))
/// GROUP BY "t"."customer_id", substr("t"."ordered_at", [1], [10]))
/// SELECT CAST("customer" AS TEXT) AS "customer", MIN("day") AS "first_day", MAX("day") AS "last_day",
///   (COUNT(*) - [1]) AS "x", ((julianday(MAX("day")) - julianday(MIN("day"))) / [7.0]) AS "t_x",
///   ((julianday(['2025-12-31']) - julianday(MIN("day"))) / [7.0]) AS "T",
///   CASE WHEN (COUNT(*) > [1]) THEN ((TOTAL("amount") - CAST(substr(MIN(("day" || "amount")), [11]) AS REAL)) / (COUNT(*) - [1])) END AS "mean_spend"
/// FROM "purchase_days"
/// GROUP BY "customer"
/// ```
///
/// The first day's amount comes from `MIN(day || amount)`: days have a fixed width and are
/// unique per customer, so the smallest concatenation starts with the first day. This keeps the
/// query to two sorts (by customer and day, then by customer) with no self-join.
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
    public init(rows: SQLSelect, calibrationEnd: String, unit: RFMTimeUnit, timestampFormat: RFMTimestampFormat = .iso) throws(CLVInputError) {
        try self.init(table: "rows", customer: "customer", timestamp: "ts", amount: "amount", calibrationEnd: calibrationEnd,
                      unit: unit, timestampFormat: timestampFormat)
        self.rows = rows
    }

    /// Creates the query; throws ``CLVInputError/invalidCalibrationEnd(_:)`` for a malformed date.
    public init(table: String, customer: String, timestamp: String, amount: String, calibrationEnd: String,
                unit: RFMTimeUnit = .week, timestampFormat: RFMTimestampFormat = .iso) throws(CLVInputError) {
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

    /// The statement: one row per customer with the columns customer, first_day, last_day, x, t_x, T, mean_spend.
    public func select() -> SQLSelect {
        var days = SQLSelect(from: rows.map { .subquery($0, as: "t") } ?? .table(table, as: "t"))
        let customer = SQLExpression.column("t", customerColumn), timestamp = SQLExpression.column("t", timestampColumn)
        days.columns = [SQLResultColumn(customer), SQLResultColumn(dayOf(timestamp)),
                        SQLResultColumn(.function("TOTAL", [.column("t", amountColumn)]))]
        days.filter = .binary("AND", .binary("AND", .isNull(customer, negated: true),
                                             .isNull(timestamp, negated: true)),
                              .binary("<", timestamp, endBound))
        days.groupBy = [customer, dayOf(timestamp)]

        let day = SQLExpression.column(table: nil, name: "day"), amount = SQLExpression.column(table: nil, name: "amount")
        let purchaseDays = SQLExpression.countRows
        let first = SQLExpression.function("MIN", [day]), last = SQLExpression.function("MAX", [day])
        let unitDays = SQLExpression.value(.real(unit.days))
        let firstAmount = SQLExpression.cast(
            .function("substr", [.function("MIN", [.binary("||", sortKey(day), amount)]), .value(.integer(Int64(keyWidth + 1)))]),
            .real)
        let repeatSpend = SQLExpression.binary("/", .binary("-", .function("TOTAL", [amount]), firstAmount),
                                               .binary("-", purchaseDays, .value(.integer(1))))

        var select = SQLSelect(from: .table("purchase_days", as: nil))
        select.with = [SQLCommonTable("purchase_days", columns: ["customer", "day", "amount"], .select(days))]
        select.columns = [
            SQLResultColumn(.cast(.column(table: nil, name: "customer"), .text), as: "customer"),
            SQLResultColumn(first, as: "first_day"),
            SQLResultColumn(last, as: "last_day"),
            SQLResultColumn(.binary("-", purchaseDays, .value(.integer(1))), as: "x"),
            SQLResultColumn(.binary("/", .binary("-", dayNumber(last), dayNumber(first)), unitDays), as: "t_x"),
            SQLResultColumn(.binary("/", .binary("-", endDayNumber, dayNumber(first)), unitDays), as: "T"),
            SQLResultColumn(.caseWhen([SQLCase(.binary(">", purchaseDays, .value(.integer(1))), repeatSpend)], otherwise: nil),
                            as: "mean_spend"),
        ]
        select.groupBy = [.column(table: nil, name: "customer")]
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
        timestampFormat == .iso ? .function("julianday", [.value(.text(calibrationEnd))]) : .value(.integer(Int64(calibrationEndDay)))
    }

    /// A fixed-width text form of a day that sorts like the day: the ISO text itself, or the day number + 10,000,000.
    private func sortKey(_ day: SQLExpression) -> SQLExpression {
        timestampFormat == .iso ? day : .cast(.binary("+", day, .value(.integer(10_000_000))), .text)
    }

    private var keyWidth: Int { timestampFormat == .iso ? 10 : 8 }
}
