import ScorecardModel
import ScorecardSQL

/// Breakdown groups: dimension → window id (0 the period, `n` the same period `n` years earlier) → table.
typealias BreakdownTables = [String: [Int: BreakdownTable]]

/// Each KPI's breakdown groups: KPI id → dimension → groups.
typealias KPIBreakdowns = [String: [String: [BreakdownValue]]]

extension BreakdownTables {
    /// Adds another set of tables (their measures are not in these).
    mutating func merge(_ other: BreakdownTables) {
        for (dimension, byWindow) in other {
            for (window, table) in byWindow {
                self[dimension, default: [:]][window, default: BreakdownTable()].merge(table)
            }
        }
    }
}

/// Computes KPI values per group of each breakdown dimension for the reporting period,
/// suppressing groups with fewer customers than the privacy minimum.
///
/// In two steps: ``queryJobs(_:)`` are the SQL queries, which may run on either connection of the
/// evaluation (``ReadQueue``); ``evaluate(_:queried:runner:)`` adds the CLV-model measures from
/// the fits already made and computes the KPIs' group values.
struct BreakdownEvaluator {
    let model: MetricsModel
    let comparisons: Comparisons
    /// CLV fits already made for the totals.
    let fits: CLVFitCache
    var progress: Evaluator.Progress? = nil

    /// The period and the same period `n` years earlier as window `n`, for `count` windows.
    private func windows(_ count: Int) -> [QueryWindow] {
        (0..<max(1, count)).map { EvaluationWindows.queryWindow(id: $0, range: range(ofWindow: $0)) }
    }

    /// The months of breakdown window `id`: the period, `id` years earlier.
    private func range(ofWindow id: Int) -> MonthRange { comparisons.current.shifted(byMonths: -12 * id) }

    /// The queries of the breakdowns: the customer-rows queries of customer-based measures and one
    /// query per source, dimension and window for the other measures but CLV-model ones.
    func queryJobs(_ kpis: [KPI]) -> [ReadQueue.Job<BreakdownTables>] {
        let needs = BreakdownNeeds(model: model, kpis: kpis)
        return CustomerBreakdowns(model: model, windows: windows(needs.windowCount)).jobs(needs: needs)
            + needs.needs.flatMap(queriedMeasureJobs)
    }

    /// KPI id → dimension → groups, sorted by value (largest first), suppressed groups last, from
    /// the results of ``queryJobs(_:)`` and the CLV models' fits.
    func evaluate(_ kpis: [KPI], queried: BreakdownTables, runner: QueryRunner) throws -> KPIBreakdowns {
        let current = comparisons.current
        let needs = BreakdownNeeds(model: model, kpis: kpis)
        var tables = queried
        for need in needs.needs {
            try addModelMeasures(need, runner: runner, into: &tables[need.dimension.name, default: [:]])
        }
        progress?("breakdowns: KPI values")
        var result: KPIBreakdowns = [:]
        for need in needs.needs {
            let byWindow = tables[need.dimension.name] ?? [:]
            let byRange = Dictionary(
                uniqueKeysWithValues: need.measures.indices.map {
                    (range(ofWindow: $0), byWindow[$0] ?? BreakdownTable())
                })
            for kpi in need.kpis {
                result[kpi.id, default: [:]][need.dimension.name] = groups(of: kpi, tables: byRange, range: current)
            }
        }
        progress?("breakdowns: done")
        return result
    }

    /// The measures planned as SQL per dimension (all but customer- and model-based ones), one
    /// window at a time so each query reads only that window's rows.
    private func queriedMeasureJobs(_ need: BreakdownNeeds.Need) -> [ReadQueue.Job<BreakdownTables>] {
        var jobs: [ReadQueue.Job<BreakdownTables>] = []
        let dimension = need.dimension
        for (id, names) in need.measures.enumerated() {
            let queried = names.filter { name in model.measures[name].map { !CustomerBreakdowns.computes($0) } ?? false
            }
            guard !queried.isEmpty else { continue }
            let planner = QueryPlanner(
                model: model, windows: [EvaluationWindows.queryWindow(id: id, range: range(ofWindow: id))])
            for query in planner.plan(measures: queried, breakdown: dimension) {
                jobs.append(
                    .init(title: "breakdowns: \(dimension.name): \(query.title)", sql: query.select) { runner in
                        var tables: [Int: BreakdownTable] = [:]
                        try runner.run(query, into: &tables)
                        return [dimension.name: tables]
                    })
            }
        }
        return jobs
    }

    /// The CLV-model measures of the period.
    private func addModelMeasures(
        _ need: BreakdownNeeds.Need, runner: QueryRunner, into tables: inout [Int: BreakdownTable]
    ) throws {
        let modelMeasures = need.measures[0].compactMap { model.measures[$0] }.filter { $0.aggregate.model != nil }
        guard !modelMeasures.isEmpty else { return }
        progress?("breakdowns: \(need.dimension.name): CLV models")
        let planner = QueryPlanner(model: model, windows: windows(need.measures.count))
        let clv = CLVMeasureEvaluator(model: model, database: runner.database, planner: planner, cache: fits)
        tables[0, default: BreakdownTable()].merge(
            try clv.groups(modelMeasures, dimension: need.dimension, range: comparisons.current))
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
