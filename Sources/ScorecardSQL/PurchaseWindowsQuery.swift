/// The SQL that gives each customer's purchase days in several calibration windows from one
/// pass over the purchases: the CLV fits of a period (its end, the previous period's and last
/// year's) read their customers from it instead of one ``PurchaseSummaryQuery`` per window.
///
/// The purchases are merged per customer and day once (amounts summed), the day as its key
/// (``SQLExpression/dayKey(_:)``: integers compare, sort and group faster than text); each day
/// row learns the customer's day before (`LAG`, no join that a database could misjudge), which
/// tells whether it is their first day in a window (none before it in the window), and the days
/// are grouped by customer. Per window `i` a customer's row has `first_i` and `last_i` (their
/// first and last purchase day in the window, NULL when they bought nothing there), `days_i`
/// (their purchase days), `repeat_i` (the amounts of their days after the first) and
/// `customers_i` (the number of customers who bought in the window, the same on each row, so
/// that a reader can make room for all of them at the first); x, t_x, T and the mean spend
/// follow from these as in ``PurchaseSummaryQuery``. The days are keys; after the windows'
/// columns, `no_day` is the customer's smallest key that is no calendar day (NULL when all are):
/// a calendar slip (`2026-02-30`), or the digits SQLite reads from text that was no
/// `YYYY-MM-DD` day (PostgreSQL fails the statement instead), in a window or not.
///
/// ```sql
/// WITH "clv#days"("customer", "day", "amount") AS (
///   SELECT "k"."customer", "k"."day", TOTAL("k"."amount") FROM (
///     SELECT "t"."customer", CAST(substr("t"."ts", 1, 4) || … AS INTEGER) AS "day", "t"."amount"
///     FROM (<purchase rows>) AS "t" WHERE "t"."customer" IS NOT NULL AND "t"."ts" IS NOT NULL) AS "k"
///   GROUP BY "k"."customer", "k"."day"),
/// "clv#previous"("customer", "day", "amount", "previous") AS (
///   SELECT "d"."customer", "d"."day", "d"."amount",
///     LAG("d"."day") OVER (PARTITION BY "d"."customer" ORDER BY "d"."day")
///   FROM "clv#days" AS "d")
/// SELECT CAST("f"."customer" AS TEXT) AS "customer",
///   MIN(CASE WHEN <in window 0> THEN "f"."day" END) AS "first_0",
///   MAX(CASE WHEN <in window 0> THEN "f"."day" END) AS "last_0",
///   COUNT(CASE WHEN <in window 0> THEN [1] END) AS "days_0",
///   TOTAL(CASE WHEN <in window 0> AND "f"."previous" >= [first day 0] THEN "f"."amount" END) AS "repeat_0",
///   COUNT(CASE WHEN COUNT(CASE WHEN <in window 0> THEN [1] END) > [0] THEN [1] END) OVER () AS "customers_0", …,
///   MIN(CASE WHEN <month not 1 to 12, or day of month not in it> THEN "f"."day" END) AS "no_day"
/// FROM "clv#previous" AS "f" GROUP BY "f"."customer" ORDER BY "f"."customer"
/// ```
public struct PurchaseWindowsQuery: Sendable, Hashable {
    /// One calibration window's days `[firstDay, endDay)`, as day numbers (``CivilDays``).
    public struct Window: Sendable, Hashable {
        public let firstDay: Int
        public let endDay: Int

        /// The window from its first day to the day after its last.
        public init(firstDay: Int, endDay: Int) {
            self.firstDay = firstDay
            self.endDay = endDay
        }
    }

    /// The purchases of all the windows: a select with the columns `customer`, `ts` (the day as
    /// `YYYY-MM-DD`) and `amount`, as ``QueryPlanner/purchaseRows(_:firstDay:endDay:)`` gives them.
    public let rows: SQLSelect
    /// The windows, in the order of their columns.
    public let windows: [Window]

    /// The figures of `windows` over `rows`.
    public init(rows: SQLSelect, windows: [Window]) {
        self.rows = rows
        self.windows = windows
    }

    /// The common tables' names, which must not shadow a table of the CRM.
    public static let daysTable = "clv#days", previousTable = "clv#previous"

    /// The positions of window `index`'s columns.
    public static func columns(ofWindow index: Int) -> (
        first: Int, last: Int, days: Int, repeatSpend: Int, customers: Int
    ) {
        let first = 1 + 5 * index
        return (first, first + 1, first + 2, first + 3, first + 4)
    }

    /// The position of the `no_day` column, after the windows' columns.
    public var noDayColumn: Int { 1 + 5 * windows.count }

    /// The statement: one row per customer, in the order of the customer column.
    public func select() -> SQLSelect {
        let f = { (name: String) in SQLExpression.column("f", name) }
        let one = SQLExpression.value(.integer(1))
        var select = SQLSelect(from: .table(Self.previousTable, as: "f"))
        select.with = [
            SQLCommonTable(Self.daysTable, columns: ["customer", "day", "amount"], .select(days())),
            SQLCommonTable(
                Self.previousTable, columns: ["customer", "day", "amount", "previous"], .select(previousDays())),
        ]
        select.columns = [SQLResultColumn(.cast(f("customer"), .text), as: "customer")]
        for (index, window) in windows.enumerated() {
            let inWindow = contains(window, f("day"))
            // A day after another day in the window: the previous day is in it (it is before this one).
            let repeatDay = SQLExpression.binary(
                .and, inWindow,
                .binary(.greaterOrEqual, f("previous"), .value(.integer(Int64(EpochDay.key(window.firstDay)))))
            )
            let days = SQLExpression.function(.count, [.caseWhen([SQLCase(inWindow, one)], otherwise: nil)])
            let bought = SQLExpression.binary(.greater, days, .value(.integer(0)))
            select.columns += [
                SQLResultColumn(
                    .function(.min, [.caseWhen([SQLCase(inWindow, f("day"))], otherwise: nil)]), as: "first_\(index)"),
                SQLResultColumn(
                    .function(.max, [.caseWhen([SQLCase(inWindow, f("day"))], otherwise: nil)]), as: "last_\(index)"),
                SQLResultColumn(days, as: "days_\(index)"),
                SQLResultColumn(
                    .function(.sumOrZero, [.caseWhen([SQLCase(repeatDay, f("amount"))], otherwise: nil)]),
                    as: "repeat_\(index)"),
                SQLResultColumn(
                    .windowAggregate(.count, [.caseWhen([SQLCase(bought, one)], otherwise: nil)], partitionBy: []),
                    as: "customers_\(index)"),
            ]
        }
        select.columns.append(
            SQLResultColumn(
                .function(.min, [.caseWhen([SQLCase(Self.isNoDay(f("day")), f("day"))], otherwise: nil)]), as: "no_day")
        )
        select.groupBy = [f("customer")]
        select.orderBy = [f("customer")]
        return select
    }

    /// Per customer and purchase day (its key): the day's amount.
    private func days() -> SQLSelect {
        let t = { (name: String) in SQLExpression.column("t", name) }
        var keyed = SQLSelect(from: .subquery(rows, as: "t"))
        keyed.columns = [
            SQLResultColumn(t("customer"), as: "customer"), SQLResultColumn(.dayKey(t("ts")), as: "day"),
            SQLResultColumn(t("amount"), as: "amount"),
        ]
        keyed.filter = .binary(.and, .isNull(t("customer"), negated: true), .isNull(t("ts"), negated: true))
        let k = { (name: String) in SQLExpression.column("k", name) }
        var days = SQLSelect(from: .subquery(keyed, as: "k"))
        days.columns = [
            SQLResultColumn(k("customer")), SQLResultColumn(k("day")),
            SQLResultColumn(.function(.sumOrZero, [k("amount")])),
        ]
        days.groupBy = [k("customer"), k("day")]
        return days
    }

    /// The day rows, each with the customer's day before (NULL on their first).
    private func previousDays() -> SQLSelect {
        let d = { (name: String) in SQLExpression.column("d", name) }
        var previous = SQLSelect(from: .table(Self.daysTable, as: "d"))
        previous.columns = [
            SQLResultColumn(d("customer")), SQLResultColumn(d("day")), SQLResultColumn(d("amount")),
            SQLResultColumn(.previousRow(d("day"), partitionBy: [d("customer")], orderBy: [d("day")])),
        ]
        return previous
    }

    /// True for a day key that is no calendar day of the years 1000 to 9999 (``EpochDay/day(key:)``
    /// is nil): its month is not 1 to 12, or its day of the month not in that month.
    public static func isNoDay(_ key: SQLExpression) -> SQLExpression {
        let number = { (value: Int64) in SQLExpression.value(.integer(value)) }
        // For a positive `a`, `a - (a / b) * b`: integer division truncates in both dialects.
        let remainder = { (a: SQLExpression, b: Int64) in
            SQLExpression.binary(.subtract, a, .binary(.multiply, .binary(.divide, a, number(b)), number(b)))
        }
        let anyOf = { (conditions: [SQLExpression]) in
            conditions.dropFirst().reduce(conditions[0]) { .binary(.or, $0, $1) }
        }
        let year = SQLExpression.binary(.divide, key, number(10_000))
        let month = remainder(.binary(.divide, key, number(100)), 100)
        let day = remainder(key, 100)
        let leapYear = SQLExpression.binary(
            .or,
            .binary(
                .and, .binary(.equal, remainder(year, 4), number(0)),
                .binary(.notEqual, remainder(year, 100), number(0))),
            .binary(.equal, remainder(year, 400), number(0)))
        let monthLength = SQLExpression.caseWhen(
            [
                SQLCase(.binary(.and, .binary(.equal, month, number(2)), leapYear), number(29)),
                SQLCase(.binary(.equal, month, number(2)), number(28)),
                SQLCase(.inList(month, [number(4), number(6), number(9), number(11)], negated: false), number(30)),
            ], otherwise: number(31))
        return anyOf([
            .binary(.less, key, number(10_000_101)), .binary(.greater, key, number(99_991_231)),
            .binary(.less, month, number(1)), .binary(.greater, month, number(12)), .binary(.less, day, number(1)),
            .binary(.and, .binary(.greater, day, number(28)), .binary(.greater, day, monthLength)),
        ])
    }

    /// True for a day (its key) in the window.
    private func contains(_ window: Window, _ day: SQLExpression) -> SQLExpression {
        .binary(
            .and, .binary(.greaterOrEqual, day, .value(.integer(Int64(EpochDay.key(window.firstDay))))),
            .binary(.less, day, .value(.integer(Int64(EpochDay.key(window.endDay))))))
    }
}
