import ScorecardModel
import ScorecardSQL

/// Computes KPI values per group of each breakdown dimension for the reporting period,
/// suppressing groups with fewer customers than the privacy minimum.
struct BreakdownEvaluator {
    let model: MetricsModel
    let runner: QueryRunner
    let comparisons: Comparisons
    /// CLV fits already made for the totals.
    let fits: CLVFitCache

    /// KPI id → dimension → groups, sorted by value (largest first), suppressed groups last.
    func evaluate(_ kpis: [KPI]) throws -> [String: [String: [BreakdownValue]]] {
        var result: [String: [String: [BreakdownValue]]] = [:]
        let dimensionNames = Set(kpis.flatMap(\.breakdowns)).sorted()
        let current = comparisons.current
        let lastYear = current.shifted(byMonths: -12)
        let windows = [current, lastYear].enumerated().map { EvaluationWindows.queryWindow(id: $0, range: $1) }
        for name in dimensionNames {
            guard let dimension = model.dimensions[name] else { continue }
            let users = kpis.filter { $0.breakdowns.contains(name) }
            // The same period a year earlier is queried only when a KPI needs it (growth).
            let planner = QueryPlanner(model: model, windows: users.contains(where: model.usesGrowth) ? windows : [windows[0]])
            let measures = users.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
            var tables: [Int: BreakdownTable] = [:]
            for query in planner.plan(measures: Array(measures), breakdown: dimension) {
                try runner.run(query, into: &tables)
            }
            let modelMeasures = measures.compactMap { model.measures[$0] }.filter { $0.aggregate.model != nil }
            if !modelMeasures.isEmpty {
                let clv = CLVMeasureEvaluator(model: model, database: runner.database, planner: planner, cache: fits)
                tables[0, default: BreakdownTable()].merge(try clv.groups(modelMeasures, dimension: dimension, range: current))
            }
            for kpi in users {
                let byRange = [current: tables[0] ?? BreakdownTable(), lastYear: tables[1] ?? BreakdownTable()]
                result[kpi.id, default: [:]][name] = groups(of: kpi, tables: byRange, range: current)
            }
        }
        return result
    }

    /// The groups of a KPI; `tables` holds the breakdown of the period and of the same period a year earlier.
    private func groups(of kpi: KPI, tables: [MonthRange: BreakdownTable], range: MonthRange) -> [BreakdownValue] {
        let table = tables[range] ?? BreakdownTable()
        let measures = model.measures(of: kpi)
        let keys = Set(measures.flatMap { table.groups[$0]?.keys.map { $0 } ?? [] })
        let minimum = model.settings.minGroupSize
        let values = keys.map { key -> BreakdownValue in
            let size = measures.compactMap { table.groups[$0]?[key]?.size }.min() ?? 0
            guard size >= minimum else { return BreakdownValue(key: key, value: nil, suppressed: true) }
            let calculator = KPICalculator(model: model) { measure, asked in
                guard let group = tables[asked]?.groups[measure]?[key] else { return nil }
                return group.value.map(MeasureTable.Cell.value) ?? .empty
            }
            return BreakdownValue(key: key, value: calculator.value(of: kpi, in: range).number, suppressed: false)
        }
        return values.sorted { a, b in
            if a.suppressed != b.suppressed { return !a.suppressed }
            if a.value != b.value { return (a.value ?? -.infinity) > (b.value ?? -.infinity) }
            return a.key < b.key
        }
    }
}
