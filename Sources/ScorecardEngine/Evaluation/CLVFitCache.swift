import ScorecardModel
import ScorecardStats

/// Fitted CLV models of one evaluation, shared by the totals and the breakdowns.
final class CLVFitCache {
    /// Per model, the dimensions the breakdowns will group its customers by: read with the
    /// purchases when a scan reads them anyway, so one scan serves the fits and the breakdowns.
    let dimensions: [String: [Dimension]]
    /// Fits by `model@end`, when no breakdown dimensions are known in advance.
    var fits: [String: Result<CLVFit, StatsError>] = [:]
    /// By `model@end`, the groups of the period's fit for each dimension in ``dimensions``, for
    /// all the model's measures: made right after the fit, which is then not kept.
    var groupTables: [String: [String: BreakdownTable]] = [:]

    init(dimensions: [String: [Dimension]] = [:]) {
        self.dimensions = dimensions
    }

    /// The breakdown dimensions of the KPIs using each CLV model, by model name.
    static func breakdownDimensions(of kpis: [KPI], in model: MetricsModel) -> [String: [Dimension]] {
        var names: [String: Set<String>] = [:]
        for kpi in kpis {
            for measure in model.measures(of: kpi).compactMap({ model.measures[$0] }) {
                guard let clv = measure.aggregate.model else { continue }
                names[clv, default: []].formUnion(kpi.breakdowns)
            }
        }
        return names.mapValues { $0.sorted().compactMap { model.dimensions[$0] } }
    }
}

/// A fitted model, the window it was calibrated on and the customers it was fitted on.
struct CLVFit {
    let analysis: CLVAnalysis
    let window: CalibrationWindow
    let sample: CLVSample
}
