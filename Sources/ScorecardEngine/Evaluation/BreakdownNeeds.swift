import ScorecardModel

/// What the breakdowns compute: per dimension, the KPIs broken down by it and the measures each
/// window needs. Window 0 is the period; window 1, the same period a year earlier, only for the
/// measures of KPIs that compare with last year (`growth`).
struct BreakdownNeeds {
    /// One dimension's KPIs and measures.
    struct Need {
        let dimension: Dimension
        let kpis: [KPI]
        /// Window id → measure names, sorted.
        let measures: [[String]]
    }

    /// The dimensions in name order.
    let needs: [Need]

    init(needs: [Need]) { self.needs = needs }

    init(model: MetricsModel, kpis: [KPI]) {
        needs = Set(kpis.flatMap(\.breakdowns)).sorted().compactMap { name in
            guard let dimension = model.dimensions[name] else { return nil }
            let users = kpis.filter { $0.breakdowns.contains(name) }
            func measures(_ kpis: [KPI]) -> [String] { kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }.sorted() }
            return Need(dimension: dimension, kpis: users, measures: [measures(users), measures(users.filter(model.usesGrowth))])
        }
    }
}
