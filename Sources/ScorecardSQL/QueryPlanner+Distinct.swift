import ScorecardModel

/// Distinct counts planned as distinct (month, value) pairs, one query per measure.
extension QueryPlanner {
    func distinctValuesQuery(_ measure: Measure) -> DistinctValuesQuery {
        var scope = scope(for: measure.source)
        let time = scope.timeColumn()
        let value = scope.sql(for: measure.aggregate.argument!)
        let filtered = measure.filter.map { SQLExpression.caseWhen([SQLCase(scope.sql(for: $0), value)], otherwise: nil) } ?? value
        var select = SQLSelect(from: scope.fromClause().0)
        select.distinct = true
        select.columns = [SQLResultColumn(.monthKey(time, format: scope.timeFormat), as: "month"),
                          SQLResultColumn(.cast(filtered, .text), as: "value")]
        select.filter = allOf(scope.rowConditions() + [span(time, format: scope.timeFormat)])
        select.joins = scope.fromClause().1
        return DistinctValuesQuery(title: "measure \(measure.name): distinct values of source \(measure.source) by month",
                                   select: select, measure: measure.name)
    }

    /// True for distinct counts computed from per-month value sets.
    static func isDistinctByMonth(_ measure: Measure) -> Bool {
        measure.aggregate.function == .countDistinct && !measure.aggregate.atPeriodEnd
    }
}
