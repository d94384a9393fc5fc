import ScorecardModel

/// The purchases of a CLV model's calibration windows: per window in the database (the plan),
/// or all windows in one time-ordered scan (a fast path for backends that prefer row scans).
extension QueryPlanner {
    /// The purchases of a CLV model's source in `[firstDay, endDay)` (epoch days), in time order.
    ///
    /// Rows are `customer, day (YYYY-MM-DD), amount, latest, group_0, group_1, …`, after the
    /// source's `where` and opt-out; `latest` is the time as stored, which tells purchases at
    /// the same instant apart from later ones.
    ///
    /// One row per source row: the customer as stored (not cast, so integer ids stay integers),
    /// then each dimension's value on that row. Time order lets a reader take the last row of a
    /// day as the day's latest purchase. A window spanning several calibration windows serves
    /// the fits at all their ends.
    public func purchaseHistory(_ model: CLVModel, dimensions: [Dimension], firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        let groups = dimensions.enumerated().map { SQLResultColumn(scope.sql(for: $1.expression), as: "group_\($0)") }
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns = purchaseColumns(model, time: time, scope: &scope) + groups
        select.filter = allOf(scope.rowConditions() + [window(time, firstDay, endDay, scope.timeFormat)])
        select.joins = scope.fromClause().1
        select.orderBy = [time]
        return select
    }

    /// A purchase history's first columns: customer as stored, day (`YYYY-MM-DD`), amount, and
    /// the time as stored (`latest`).
    func purchaseColumns(_ model: CLVModel, time: SQLExpression, scope: inout SourceScope) -> [SQLResultColumn] {
        [
            SQLResultColumn(scope.sql(for: model.customer), as: "customer"),
            SQLResultColumn(.isoDay(time, format: scope.timeFormat), as: "day"),
            SQLResultColumn(scope.sql(for: model.amount), as: "amount"),
            SQLResultColumn(time, as: "latest"),
        ]
    }

    /// The purchases of the calibration windows within `[firstDay, endDay)`, one row per source row.
    ///
    /// Rows are `customer, ts (YYYY-MM-DD), amount`, after the source's `where` and opt-out: the
    /// rows a ``PurchaseWindowsQuery`` turns into one row of figures per customer.
    public func purchaseRows(_ model: CLVModel, firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns = [
            SQLResultColumn(scope.sql(for: model.customer), as: "customer"),
            SQLResultColumn(.isoDay(time, format: scope.timeFormat), as: "ts"),
            SQLResultColumn(scope.sql(for: model.amount), as: "amount"),
        ]
        select.filter = allOf(scope.rowConditions() + [window(time, firstDay, endDay, scope.timeFormat)])
        select.joins = scope.fromClause().1
        return select
    }

    /// Each customer's value of a dimension on their latest purchase in `[firstDay, endDay)`:
    /// ``latestGroups(_:dimensions:firstDay:endDay:)`` of the one dimension.
    public func latestGroups(_ model: CLVModel, dimension: Dimension, firstDay: Int, endDay: Int) -> SQLSelect {
        latestGroups(model, dimensions: [dimension], firstDay: firstDay, endDay: endDay)
    }

    /// Each customer's value of each dimension on their latest purchase in `[firstDay, endDay)`.
    ///
    /// One row per customer, in the order of the customer column (the order of the summaries),
    /// with one column `group_0`, `group_1`, … per dimension: one pass over the purchases for
    /// all of a breakdown's dimensions.
    ///
    /// Among purchases at the same latest instant the greatest value counts (NULL only when all are):
    ///
    /// Each purchase learns its customer's latest time from a window aggregate, not from a join
    /// with the customers' latest times (which PostgreSQL hashed from the purchases a second time,
    /// about a third more work on the 11.3M-line demo):
    ///
    /// ```sql
    /// WITH "clv#purchases"("customer", "time", "latest", "g0", …) AS (
    ///   SELECT <customer>, <time>, MAX(<time>) OVER (PARTITION BY <customer>), <dimension>, …
    ///   FROM <source> WHERE <where, opt-out, window> AND <customer> IS NOT NULL)
    /// SELECT MAX("p"."g0") AS "group_0", … FROM "clv#purchases" AS "p"
    /// WHERE "p"."time" = "p"."latest" GROUP BY "p"."customer" ORDER BY "p"."customer"
    /// ```
    public func latestGroups(_ model: CLVModel, dimensions: [Dimension], firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        let customer = scope.sql(for: model.customer)
        var purchases = SQLSelect(from: scope.fromClause().0)
        purchases.columns =
            [
                SQLResultColumn(customer), SQLResultColumn(time),
                SQLResultColumn(.windowAggregate(.max, [time], partitionBy: [customer])),
            ]
            + dimensions.map { SQLResultColumn(scope.sql(for: $0.expression)) }
        purchases.filter = allOf(
            scope.rowConditions() + [
                window(time, firstDay, endDay, scope.timeFormat), .isNull(customer, negated: true),
            ])
        purchases.joins = scope.fromClause().1
        let p = { (name: String) in SQLExpression.column("p", name) }
        var select = SQLSelect(from: .table(Self.purchasesTable, as: "p"))
        select.with = [
            SQLCommonTable(
                Self.purchasesTable, columns: ["customer", "time", "latest"] + dimensions.indices.map { "g\($0)" },
                .select(purchases))
        ]
        select.filter = .binary(.equal, p("time"), p("latest"))
        select.columns = dimensions.indices.map {
            SQLResultColumn(.function(.max, [p("g\($0)")]), as: "group_\($0)")
        }
        select.groupBy = [p("customer")]
        select.orderBy = [p("customer")]
        return select
    }

    /// The common table of ``latestGroups(_:dimensions:firstDay:endDay:)``, named so that it shadows no CRM table.
    static let purchasesTable = "clv#purchases"

    /// `firstDay <= time < endDay`, the bounds bound in the time's format.
    func window(_ time: SQLExpression, _ firstDay: Int, _ endDay: Int, _ format: SQLTimeFormat)
        -> SQLExpression
    {
        .binary(
            .and, .binary(.greaterOrEqual, time, bound(firstDay, format)),
            .binary(.less, time, bound(endDay, format)))
    }
}
