import ScorecardModel

/// What the breakdowns compute: per dimension, the KPIs broken down by it and the measures each
/// window needs. Window 0 is the period; window `n` the same period `n` years earlier, only for
/// the measures of KPIs that read that far back through `growth` (`MetricsModel.yearsBack`).
struct BreakdownNeeds {
    /// One dimension's KPIs and measures.
    struct Need {
        let dimension: Dimension
        let kpis: [KPI]
        /// Window id → measure names, sorted.
        let measures: [[String]]
    }

    /// How many windows the needs use: one more than the most years any KPI reads back.
    var windowCount: Int { needs.map(\.measures.count).max() ?? 1 }

    /// The dimensions in name order.
    let needs: [Need]

    init(needs: [Need]) { self.needs = needs }

    init(model: MetricsModel, kpis: [KPI]) {
        let years = model.yearsBack
        needs = Set(kpis.flatMap(\.breakdowns)).sorted().compactMap { name in
            guard let dimension = model.dimensions[name] else { return nil }
            let users = kpis.filter { $0.breakdowns.contains(name) }
            func measures(_ kpis: [KPI]) -> [String] {
                kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }.sorted()
            }
            let deepest = users.map { years[$0.id] ?? 0 }.max() ?? 0
            return Need(
                dimension: dimension, kpis: users,
                measures: (0...deepest).map { back in measures(users.filter { (years[$0.id] ?? 0) >= back }) })
        }
    }
}
