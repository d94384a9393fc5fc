import Foundation
import ScorecardResults

/// Monthly plan rows in `budget` for four KPIs, over the range and the following twelve months.
///
/// Plans sit near the actuals with a deliberate bias per KPI, so a scorecard shows a mix of
/// statuses: revenue plans are a little above actuals (amber), gross margin below (green), new
/// customers clearly above (red) and marketing spend slightly below actual spend (over budget).
/// Months after the range repeat the latest same calendar month's plan plus planned growth.
enum BudgetPlanner {
    /// One planned KPI: its id, how its actual is read, the bias and the growth planned ahead.
    struct Plan {
        let kpi: String
        let actual: @Sendable (MonthlyActuals) -> Double
        let bias: Double
        let growth: Double
        let isCount: Bool
    }

    static let plans: [Plan] = [
        Plan(
            kpi: "net_revenue", actual: { Double($0.netRevenueCents) / 100 }, bias: 1.04, growth: 0.08, isCount: false),
        Plan(
            kpi: "gross_margin", actual: { Double($0.grossMarginCents) / 100 }, bias: 0.97, growth: 0.08, isCount: false
        ),
        Plan(kpi: "new_customers", actual: { Double($0.newCustomers) }, bias: 1.12, growth: 0.05, isCount: true),
        Plan(
            kpi: "marketing_spend", actual: { Double($0.marketingSpendCents) / 100 }, bias: 0.96, growth: 0.04,
            isCount: false),
    ]

    /// Writes the plan rows, ordered by period then KPI.
    static func write(actuals: [MonthlyActuals], options: DemoDatabaseOptions, to writer: DemoTableWriter) throws {
        var random = DemoRandom(seed: options.seed, stream: "budget")
        let targets = plans.map { plan in monthlyTargets(plan, actuals: actuals, options: options, random: &random) }
        var id = 1
        for index in 0..<(options.months + 12) {
            let period = options.start.advanced(by: index).description
            for (planIndex, plan) in plans.enumerated() {
                let target = targets[planIndex][index]
                let value = plan.isCount ? target.rounded() : (target * 100).rounded() / 100
                try writer.insert("budget", [DemoTableWriter.int(id), .text(plan.kpi), .text(period), .real(value)])
                id += 1
            }
        }
    }

    /// Targets for every month of the range and the twelve after it.
    private static func monthlyTargets(
        _ plan: Plan, actuals: [MonthlyActuals], options: DemoDatabaseOptions,
        random: inout DemoRandom
    ) -> [Double] {
        var targets = actuals.map { plan.actual($0) * plan.bias * (1 + 0.025 * random.normal()) }
        let mean = targets.reduce(0, +) / Double(max(targets.count, 1))
        for index in options.months..<(options.months + 12) {
            let month = options.start.advanced(by: index)
            let sameMonth = stride(from: index - 12, through: 0, by: -12).first { $0 < options.months }
            if let sameMonth {
                let years = Double((index - sameMonth) / 12)
                targets.append(targets[sameMonth] * pow(1 + plan.growth, years))
            } else {
                targets.append(mean * (1 + plan.growth) * Seasonality.orders(month))
            }
        }
        return targets.map { max(0, $0) }
    }
}
