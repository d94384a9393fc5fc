import ScorecardModel

@testable import ScorecardSQL

/// The purchases of one CLV calibration window, and its customers' groups: the earlier
/// per-window SQL. The evaluation reads all windows in one scan
/// (`QueryPlanner.purchaseHistory(_:dimensions:firstDay:endDay:)`); ``PurchaseHistoryTests``
/// keeps these statements as its reference.
extension QueryPlanner {
    /// `customer, ts (YYYY-MM-DD), amount` rows of the model's source in `[firstDay, endDay)`,
    /// after the source's `where` and opt-out.
    func purchaseRows(_ model: CLVModel, firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        let customer = scope.sql(for: model.customer)
        let amount = scope.sql(for: model.amount)
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns = [
            SQLResultColumn(customer, as: "customer"),
            SQLResultColumn(.isoDay(time, format: scope.timeFormat), as: "ts"),
            SQLResultColumn(amount, as: "amount"),
        ]
        let window = SQLExpression.binary(
            .and, .binary(.greaterOrEqual, time, bound(firstDay, scope.timeFormat)),
            .binary(.less, time, bound(endDay, scope.timeFormat)))
        select.filter = allOf(scope.rowConditions() + [window])
        select.joins = scope.fromClause().1
        return select
    }

    /// `customer, group` rows: each customer's dimension value on their latest purchase in `[firstDay, endDay)`.
    func customerGroups(_ model: CLVModel, dimension: Dimension, firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        let customer = scope.sql(for: model.customer)
        let group = scope.sql(for: dimension.expression)
        var select = SQLSelect(from: scope.fromClause().0)
        // SQLite returns the other columns of the row holding MAX(time) (a documented bare-column rule).
        select.columns = [
            SQLResultColumn(.cast(customer, .text), as: "customer"), SQLResultColumn(group, as: "group_key"),
            SQLResultColumn(.function(.max, [time]), as: "latest"),
        ]
        let window = SQLExpression.binary(
            .and, .binary(.greaterOrEqual, time, bound(firstDay, scope.timeFormat)),
            .binary(.less, time, bound(endDay, scope.timeFormat)))
        select.filter = allOf(scope.rowConditions() + [window])
        select.joins = scope.fromClause().1
        select.groupBy = [customer]
        return select
    }
}
