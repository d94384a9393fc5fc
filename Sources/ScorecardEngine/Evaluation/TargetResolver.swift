import ScorecardModel

/// Finds a KPI's target for a month range from its schedule, budget file or budget table.
///
/// Over several months, money and count targets are the sum of the monthly targets; targets of
/// other units (ratios, percents, durations) are the last month's target.
struct TargetResolver {
    /// Targets read from database tables: KPI id → `YYYY-MM` → value.
    let tableTargets: [String: [String: Double]]

    func target(_ kpi: KPI, over range: MonthRange) -> Double? {
        guard kpi.unit == .money || kpi.unit == .count else { return monthly(kpi, range.last) }
        var total = 0.0
        for month in range.months {
            guard let value = monthly(kpi, month) else { return nil }
            total += value
        }
        return total
    }

    /// The target for one month, if any.
    func monthly(_ kpi: KPI, _ month: Month) -> Double? {
        switch kpi.targets {
        case .schedule(let steps)?:
            return steps.last { step in step.from.map { ($0.year, $0.month) <= (month.year, month.month) } ?? true }?.value
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
