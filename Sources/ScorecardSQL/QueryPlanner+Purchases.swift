import ScorecardModel

/// The purchases a CLV model is fitted on.
extension QueryPlanner {
    /// `customer, ts (YYYY-MM-DD), amount` rows of the model's source in `[firstDay, endDay)`,
    /// after the source's `where` and opt-out.
    public func purchaseRows(_ model: CLVModel, firstDay: Int, endDay: Int) -> SQLSelect {
        var scope = scope(for: model.source)
        let time = scope.timeColumn()
        let customer = scope.sql(for: model.customer), amount = scope.sql(for: model.amount)
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns = [SQLResultColumn(customer, as: "customer"), SQLResultColumn(.isoDay(time, format: scope.timeFormat), as: "ts"),
                          SQLResultColumn(amount, as: "amount")]
        let window = SQLExpression.binary("AND", .binary(">=", time, bound(firstDay, scope.timeFormat)),
                                          .binary("<", time, bound(endDay, scope.timeFormat)))
        select.filter = allOf(scope.rowConditions() + [window])
        select.joins = scope.fromClause().1
        return select
    }
}
