import ScorecardModel
import ScorecardSQL

/// Breakdowns of customer-based measures (retention, churn, repeat rate, new customers): one
/// customer-rows query per window and group of measures reading the same customers, rolled up
/// for every dimension that needs one of them.
struct CustomerBreakdowns {
    let model: MetricsModel
    /// The breakdown windows, indexed by id.
    let windows: [QueryWindow]

    /// Measures computed from the same customer rows: same source, customer, filter and kind.
    private struct RowsKey: Hashable {
        let source: String
        let customer: RowExpression
        let filter: RowExpression?
        let kind: CustomerRowsQuery.Kind
    }

    /// True for measures this type computes.
    static func computes(_ measure: Measure) -> Bool {
        measure.aggregate.function.isCustomerBased && !measure.aggregate.atPeriodEnd
    }

    /// The queries computing the groups of every customer-based measure the needs ask for, as
    /// jobs for either connection: one per window and group of measures reading the same customers.
    func jobs(needs: BreakdownNeeds) -> [ReadQueue.Job<BreakdownTables>] {
        var jobs: [ReadQueue.Job<BreakdownTables>] = []
        for (id, window) in windows.enumerated() {
            let dimensionsByMeasure = dimensions(needing: needs, window: id)
            let measures = dimensionsByMeasure.keys.sorted().compactMap { model.measures[$0] }
            let groups = Dictionary(grouping: measures, by: rowsKey)
            let planner = QueryPlanner(model: model, windows: [window])
            // Each group holds at least one measure (`Dictionary(grouping:)` makes no empty group).
            for members in groups.values.sorted(by: { $0[0].name < $1[0].name }) {
                let dimensions = members.flatMap { dimensionsByMeasure[$0.name] ?? [] }
                let unique = Set(dimensions.map(\.name)).sorted().compactMap { name in
                    dimensions.first { $0.name == name }
                }
                let query = planner.customerRowsQuery(members[0], dimensions: unique)
                jobs.append(
                    .init(title: "breakdowns: \(query.title)", sql: query.select) { runner in
                        let counts = try runner.run(query)
                        var tables: BreakdownTables = [:]
                        for (index, dimension) in unique.enumerated() {
                            Self.file(
                                counts.tallies(dimension: index), measures: members,
                                into: &tables[dimension.name, default: [:]])
                        }
                        return tables
                    })
            }
        }
        return jobs
    }

    /// Customer-based measure name → the dimensions that need it in the window.
    private func dimensions(needing needs: BreakdownNeeds, window id: Int) -> [String: [Dimension]] {
        var result: [String: [Dimension]] = [:]
        for need in needs.needs where id < need.measures.count {
            for name in need.measures[id] where model.measures[name].map(Self.computes) == true {
                result[name, default: []].append(need.dimension)
            }
        }
        return result
    }

    private func rowsKey(_ measure: Measure) -> RowsKey {
        RowsKey(
            source: measure.source, customer: measure.aggregate.argument ?? .null, filter: measure.filter,
            kind: QueryPlanner.customerRowsKind(of: measure.aggregate.function))
    }

    /// Sets each measure's groups; the NULL key ("(none)") first, as SQL's GROUP BY orders it.
    private static func file(
        _ tallies: [Int: [String?: CustomerGroupCounts.Tally]], measures: [Measure],
        into tables: inout [Int: BreakdownTable]
    ) {
        for (window, byKey) in tallies {
            for (key, tally) in byKey.sorted(by: { $0.key == nil && $1.key != nil }) {
                for measure in measures {
                    tables[window, default: BreakdownTable()].set(
                        .init(value: tally.value(of: measure.aggregate.function), size: tally.customers),
                        measure: measure.name, key: key ?? "(none)")
                }
            }
        }
    }
}
