import ScorecardModel

/// Plain aggregates: every such measure of one source in one query, each with its own filter.
extension QueryPlanner {
    func plainQuery(source name: String, measures: [Measure], breakdown: Dimension?) -> PlannedQuery {
        var scope = scope(for: name)
        let time = scope.timeColumn()
        var columns: [SQLResultColumn] = [SQLResultColumn(.column("w", "id"))]
        var groupBy: [SQLExpression] = [.column("w", "id")]
        if let breakdown {
            let group = groupColumns(breakdown, scope: &scope)
            columns += [SQLResultColumn(group.key, as: "group_key"), SQLResultColumn(group.size, as: "group_size")]
            groupBy.append(group.key)
        }
        var planned: [PlannedMeasure] = []
        for measure in measures {
            let (expression, divisor) = aggregateExpression(measure, scope: &scope)
            planned.append(
                PlannedMeasure(name: measure.name, reading: .scaled(column: columns.count, divisor: divisor)))
            columns.append(SQLResultColumn(expression, as: measure.name))
        }
        let conditions = scope.rowConditions() + [span(time, format: scope.timeFormat)]
        var select = SQLSelect(from: scope.fromClause().0)
        select.with = [windowsTable(format: scope.timeFormat)]
        select.columns = columns
        select.joins =
            scope.fromClause().1 + [
                SQLJoin(.inner, .table("windows", as: "w"), on: within(time, format: scope.timeFormat))
            ]
        select.filter = allOf(conditions)
        select.groupBy = groupBy
        return PlannedQuery(
            title: "source \(name): \(measures.map(\.name).joined(separator: ", "))", select: select,
            isGrouped: breakdown != nil, measures: planned)
    }

    /// The aggregate of a plain measure and the divisor that turns its result into the value.
    func aggregateExpression(_ measure: Measure, scope: inout SourceScope) -> (SQLExpression, Double) {
        let filter = measure.filter.map { scope.sql(for: $0) }
        let argument = measure.aggregate.argument.map { scope.sql(for: $0) }
        func guarded(_ value: SQLExpression) -> SQLExpression {
            filter.map { .caseWhen([SQLCase($0, value)], otherwise: nil) } ?? value
        }
        func flag(_ condition: SQLExpression) -> SQLExpression {
            .caseWhen([SQLCase(condition, .value(.real(1)))], otherwise: .value(.real(0)))
        }
        switch measure.aggregate.function {
        case .sum where measure.unit == .money:
            let cents = SQLExpression.cast(
                .function(.round, [.binary(.multiply, argument!, .value(.integer(100)))]), .integer)
            return (.function(.sum, [guarded(cents)]), 100)
        case .sum: return (.function(.sum, [guarded(argument!)]), 1)
        case .count:
            guard let argument else { return (filter.map { .function(.sum, [flag($0)]) } ?? .countRows, 1) }
            return (.function(.count, [guarded(argument)]), 1)
        case .countDistinct: return (.function(.count, [guarded(argument!)], distinct: true), 1)
        case .avg: return (.function(.avg, [guarded(argument!)]), 1)
        case .min: return (.function(.min, [guarded(argument!)]), 1)
        case .max: return (.function(.max, [guarded(argument!)]), 1)
        case .median: return (.percentile(guarded(argument!), fraction: 0.5), 1)
        case .percentile: return (.percentile(guarded(argument!), fraction: measure.aggregate.fraction ?? 0.5), 1)
        case .share: return (.function(.avg, [guarded(flag(argument!))]), 1)
        case .nps: return (npsExpression(argument!, guarded: guarded), 1)
        case .retention, .churn, .repeatRate, .newCustomers:
            preconditionFailure("customer-based aggregates are read from row scans and customer rows")
        case .clvTotal, .clvMean, .aliveShare, .expectedPurchases:
            preconditionFailure("model-based aggregates are computed by the engine, not planned as SQL")
        }
    }

    /// Promoters (9-10) minus detractors (0-6) over answered scores, in points.
    private func npsExpression(_ score: SQLExpression, guarded: (SQLExpression) -> SQLExpression) -> SQLExpression {
        func count(_ condition: SQLExpression) -> SQLExpression {
            .function(.sum, [guarded(.caseWhen([SQLCase(condition, .value(.real(1)))], otherwise: .value(.real(0))))])
        }
        let promoters = count(.binary(.greaterOrEqual, score, .value(.integer(9))))
        let detractors = count(.binary(.lessOrEqual, score, .value(.integer(6))))
        let answered = SQLExpression.function(.nullIf, [.function(.count, [guarded(score)]), .value(.integer(0))])
        return .binary(
            .divide, .binary(.multiply, .value(.real(100)), .binary(.subtract, promoters, detractors)), answered)
    }
}
