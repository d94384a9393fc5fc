import ScorecardModel

/// Plans measures that add up across months as one month-grouped scan per source.
extension QueryPlanner {
    /// True when a measure can be combined from monthly components.
    public static func isMonthlyDecomposable(_ measure: Measure) -> Bool {
        !measure.aggregate.atPeriodEnd && [.sum, .count, .avg, .min, .max, .share, .nps].contains(measure.aggregate.function)
    }

    /// ```sql
    /// SELECT substr("t0_orders"."ordered_at", ?, ?) AS "month", SUM(…) AS "c0", COUNT(…) AS "c1", …
    /// FROM "orders" AS "t0_orders" LEFT JOIN … WHERE (source filter) AND (time within the span)
    /// GROUP BY "month"
    /// ```
    func monthlyQuery(source name: String, measures: [Measure]) -> MonthlyQuery {
        var scope = scope(for: name)
        let time = scope.timeColumn()
        var columns: [SQLResultColumn] = [SQLResultColumn(.monthKey(time, format: scope.timeFormat), as: "month")]
        var planned: [MonthlyMeasure] = []
        for measure in measures {
            let (components, divisor) = monthlyComponents(measure, scope: &scope)
            let first = columns.count
            columns += components.enumerated().map { SQLResultColumn($1, as: "c\(first + $0)") }
            planned.append(MonthlyMeasure(name: measure.name, combination: combination(measure.aggregate.function, first: first),
                                          divisor: divisor))
        }
        var select = SQLSelect(from: scope.fromClause().0)
        let conditions = scope.rowConditions() + [span(time, format: scope.timeFormat)]
        select.columns = columns
        select.joins = scope.fromClause().1
        select.filter = allOf(conditions)
        select.groupBy = [.column(table: nil, name: "month")]
        return MonthlyQuery(title: "source \(name) by month: \(measures.map(\.name).joined(separator: ", "))", select: select,
                            measures: planned)
    }

    private func combination(_ function: AggregateFunction, first: Int) -> MonthlyMeasure.Combination {
        switch function {
        case .avg, .share: .ratio(first, first + 1)
        case .min: .minimum(first)
        case .max: .maximum(first)
        case .nps: .netPromoter(promoters: first, detractors: first + 1, answered: first + 2)
        default: .sum(first)
        }
    }

    /// The per-month component aggregates of a decomposable measure.
    private func monthlyComponents(_ measure: Measure, scope: inout SourceScope) -> ([SQLExpression], Double) {
        let filter = measure.filter.map { scope.sql(for: $0) }
        let argument = measure.aggregate.argument.map { scope.sql(for: $0) }
        func guarded(_ value: SQLExpression) -> SQLExpression {
            filter.map { .caseWhen([SQLCase($0, value)], otherwise: nil) } ?? value
        }
        func flag(_ condition: SQLExpression) -> SQLExpression {
            .caseWhen([SQLCase(condition, .value(.integer(1)))], otherwise: .value(.integer(0)))
        }
        switch measure.aggregate.function {
        case .avg:
            return ([.function("SUM", [guarded(argument!)]), .function("COUNT", [guarded(argument!)])], 1)
        case .share:
            return ([.function("SUM", [guarded(flag(argument!))]), .function("COUNT", [guarded(flag(argument!))])], 1)
        case .nps:
            let score = argument!
            return ([.function("SUM", [guarded(flag(.binary(">=", score, .value(.integer(9)))))]),
                     .function("SUM", [guarded(flag(.binary("<=", score, .value(.integer(6)))))]),
                     .function("COUNT", [guarded(score)])], 1)
        default:
            let (expression, divisor) = aggregateExpression(measure, scope: &scope)
            return ([expression], divisor)
        }
    }
}
