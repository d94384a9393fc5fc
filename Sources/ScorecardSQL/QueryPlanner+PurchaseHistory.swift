import ScorecardModel

/// The purchases of a CLV model's calibration windows, read in one scan.
extension QueryPlanner {
    /// The purchases of a CLV model's source in `[firstDay, endDay)` (epoch days), in time order.
    ///
    /// Rows are `customer, day (YYYY-MM-DD), amount, group_0, group_1, …`, after the source's
    /// `where` and opt-out.
    ///
    /// One row per source row: the customer as stored (not cast, so integer ids stay integers),
    /// then each dimension's value on that row. Time order lets a reader take the last row of a
    /// day as the day's latest purchase. A window spanning several calibration windows serves
    /// the fits at all their ends.
    public func purchaseHistory(_ model: CLVModel, dimensions: [Dimension], firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        let customer = scope.sql(for: model.customer)
        let amount = scope.sql(for: model.amount)
        let groups = dimensions.enumerated().map { SQLResultColumn(scope.sql(for: $1.expression), as: "group_\($0)") }
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns =
            [
                SQLResultColumn(customer, as: "customer"),
                SQLResultColumn(.isoDay(time, format: scope.timeFormat), as: "day"),
                SQLResultColumn(amount, as: "amount"),
            ] + groups
        let window = SQLExpression.binary(
            .and, .binary(.greaterOrEqual, time, bound(firstDay, scope.timeFormat)),
            .binary(.less, time, bound(endDay, scope.timeFormat)))
        select.filter = allOf(scope.rowConditions() + [window])
        select.joins = scope.fromClause().1
        select.orderBy = [time]
        return select
    }
}
