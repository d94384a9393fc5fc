import ScorecardModel

/// Semi-additive measures: the aggregate over the rows at the window's latest time point.
extension QueryPlanner {
    /// ```sql
    /// … JOIN windows w ON time = (SELECT MAX(x.time) FROM table x WHERE x.time >= w.lo AND x.time < w.hi)
    /// ```
    func periodEndQuery(_ measure: Measure, breakdown: Dimension?) -> PlannedQuery {
        var scope = scope(for: measure.source)
        let time = scope.timeColumn()
        let latestTime = SQLExpression.column("latest", scope.source.time!.column)
        var latest = SQLSelect(from: .table(timeTable(of: scope.source), as: "latest"))
        latest.columns = [SQLResultColumn(.function(.max, [latestTime]))]
        latest.filter = within(latestTime, format: scope.timeFormat)
        var columns = [SQLResultColumn(.column("w", "id"))]
        var groupBy: [SQLExpression] = [.column("w", "id")]
        if let breakdown {
            let group = groupColumns(breakdown, scope: &scope)
            columns += [SQLResultColumn(group.key, as: "group_key"), SQLResultColumn(group.size, as: "group_size")]
            groupBy.append(group.key)
        }
        let (aggregate, divisor) = aggregateExpression(measure, scope: &scope)
        columns.append(SQLResultColumn(aggregate, as: measure.name))
        // The row conditions first: an opt-out read through a join adds that join to the FROM clause.
        let conditions = scope.rowConditions() + [span(time, format: scope.timeFormat)]
        var select = SQLSelect(from: scope.fromClause().0)
        select.with = [windowsTable(format: scope.timeFormat)]
        select.columns = columns
        select.joins =
            scope.fromClause().1 + [
                SQLJoin(.inner, .table("windows", as: "w"), on: .binary(.equal, time, .subquery(latest)))
            ]
        select.filter = allOf(conditions)
        select.groupBy = groupBy
        return PlannedQuery(
            title: "measure \(measure.name): \(measure.aggregate.function.rawValue) at the period's last time point",
            select: select, isGrouped: breakdown != nil,
            measures: [
                PlannedMeasure(name: measure.name, reading: .scaled(column: columns.count - 1, divisor: divisor))
            ])
    }
}
