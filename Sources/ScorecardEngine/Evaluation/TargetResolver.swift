import ScorecardModel

/// Finds a KPI's target for a month range from its schedule, budget file or budget table.
///
/// Over several months, the targets of KPIs that add up over time (flows such as revenue or new
/// customers: sums and counts, and sums and differences of them) are the sum of the monthly
/// targets. KPIs whose value means the same over any window (ratios of flows, averages, shares,
/// NPS, percentiles, period-end balances) take the last month's target. KPIs built on distinct
/// counts or customer cohorts (active buyers, revenue per customer, retention, repeat rate) grow
/// or change meaning with the window, so monthly targets say nothing about a longer window:
/// they have no target there.
struct TargetResolver {
    let model: MetricsModel
    /// Targets read from database tables: KPI id → `YYYY-MM` → value.
    let tableTargets: [String: [String: Double]]
    /// The KPIs whose values are flows, and those that depend on the window's length: found
    /// once, in dependency order, so a chain of KPIs is not walked again for each of them.
    private var flows: Set<String> = [], windowBound: Set<String> = []

    init(model: MetricsModel, tableTargets: [String: [String: Double]]) {
        self.model = model
        self.tableTargets = tableTargets
        for kpi in model.kpis {
            if isFlow(kpi.value) { flows.insert(kpi.id) }
            if dependsOnWindowLength(kpi.value) { windowBound.insert(kpi.id) }
        }
    }

    func target(_ kpi: KPI, over range: MonthRange) -> Double? {
        guard range.count > 1 else { return monthly(kpi, range.last) }
        guard isFlow(kpi.value) else { return dependsOnWindowLength(kpi.value) ? nil : monthly(kpi, range.last) }
        var total = 0.0
        for month in range.months {
            guard let value = monthly(kpi, month) else { return nil }
            total += value
        }
        return total
    }

    /// True when the value over several months is the sum of the monthly values.
    func isFlow(_ expression: KPIExpression) -> Bool {
        switch expression {
        case .measure(let name):
            guard let aggregate = model.measures[name]?.aggregate else { return false }
            return !aggregate.atPeriodEnd && [.sum, .count, .newCustomers].contains(aggregate.function)
        case .kpi(let id): return flows.contains(id)
        case .unary(_, let operand): return isFlow(operand)
        case .binary:
            let (first, links) = expression.chain  // link by link: a long sum is deep on its left
            return links.allSatisfy { ($0.op == "+" || $0.op == "-") && isFlow($0.operand) } && isFlow(first)
        case .number, .function: return false
        }
    }

    /// True when the value uses a distinct count or a customer cohort, which depend on the window's length.
    func dependsOnWindowLength(_ expression: KPIExpression) -> Bool {
        let windowBoundFunctions: Set<AggregateFunction> = [.countDistinct, .retention, .churn, .repeatRate]
        let direct = expression.measures.contains { name in
            model.measures[name].map {
                windowBoundFunctions.contains($0.aggregate.function) && !$0.aggregate.atPeriodEnd
            } ?? false
        }
        return direct || !expression.kpis.isDisjoint(with: windowBound)
    }

    /// The target for one month, if any.
    func monthly(_ kpi: KPI, _ month: Month) -> Double? {
        switch kpi.targets {
        case .schedule(let steps)?:
            return steps.last { step in step.from.map { ($0.year, $0.month) <= (month.year, month.month) } ?? true }?
                .value
        case .csv(_, let values)?:
            return values[month.description]
        case .table?:
            return tableTargets[kpi.id]?[month.description]
        case nil:
            return nil
        }
    }

    /// Where the target comes from, for the appendix and JSON.
    static func describe(_ rule: TargetRule?) -> String? {
        switch rule {
        case .schedule(let steps)?: steps.count == 1 ? "constant" : "schedule"
        case .csv(let path, _)?: "file " + (path.split(separator: "/").last.map(String.init) ?? path)
        case .table(let name, _, _, _)?: "table \(name)"
        case nil: nil
        }
    }
}
