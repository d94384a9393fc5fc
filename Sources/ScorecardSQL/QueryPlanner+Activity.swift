import ScorecardModel

/// Customer-based measures planned as one activity scan per source, customer and filter.
extension QueryPlanner {
    /// Activity queries for customer-based measures (not broken down), grouped by what they scan.
    func activityQueries(_ measures: [Measure]) -> [CustomerActivityQuery] {
        let groups = Dictionary(grouping: measures) { ActivityKey(source: $0.source, customer: $0.aggregate.argument!, filter: $0.filter) }
        return groups.keys.sorted { groups[$0]![0].name < groups[$1]![0].name }.map { key in
            activityQuery(key, measures: groups[key]!.sorted { $0.name < $1.name })
        }
    }

    private struct ActivityKey: Hashable {
        let source: String
        let customer: RowExpression
        let filter: RowExpression?
    }

    private func activityQuery(_ key: ActivityKey, measures: [Measure]) -> CustomerActivityQuery {
        var scope = scope(for: key.source)
        let time = scope.timeColumn()
        let customer = scope.sql(for: key.customer)
        var conditions = scope.rowConditions() + [.isNull(customer, negated: true)]
        if let filter = key.filter { conditions.append(scope.sql(for: filter)) }
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns = [SQLResultColumn(.cast(customer, .text), as: "customer"),
                          SQLResultColumn(.monthKey(time, format: scope.timeFormat), as: "month"),
                          SQLResultColumn(.countRows, as: "rows")]
        select.joins = scope.fromClause().1
        select.filter = allOf(conditions)
        select.groupBy = [.column(table: nil, name: "customer"), .column(table: nil, name: "month")]
        let kinds = measures.map { (name: $0.name, kind: Self.kind(of: $0.aggregate.function)) }
        return CustomerActivityQuery(title: "customer activity of source \(key.source): \(measures.map(\.name).joined(separator: ", "))",
                                     select: select, measures: kinds)
    }

    private static func kind(of function: AggregateFunction) -> CustomerMeasureKind {
        switch function {
        case .retention: .retention
        case .churn: .churn
        case .repeatRate: .repeatRate
        default: .newCustomers
        }
    }
}
