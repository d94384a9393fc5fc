import ScorecardModel
import ScorecardStats

/// The values of the model measures over the fitted customers, or over a breakdown group of them.
extension CLVMeasureEvaluator {
    /// The cell of a measure over all customers of a fit, or the reason there is no fit.
    func cell(_ measure: Measure, _ outcome: Result<CLVFit, StatsError>) -> MeasureTable.Cell {
        switch outcome {
        case .failure(let error): return .failed("the CLV model could not be fitted: \(error)")
        case .success(let fit):
            return cell(
                measure,
                subset: CLVSubset(
                    analysis: fit.analysis, summaries: fit.sample.summaries,
                    indices: Array(fit.sample.summaries.indices)))
        }
    }

    /// A measure over some of the fitted customers.
    func cell(_ measure: Measure, subset: CLVSubset) -> MeasureTable.Cell {
        guard !subset.indices.isEmpty else { return .empty }
        let count = Double(subset.indices.count)
        let predictions = subset.indices.map { subset.analysis.predictions[$0] }
        switch measure.aggregate.function {
        case .clvTotal: return .value(predictions.reduce(0) { $0 + $1.clv })
        case .clvMean: return .value(predictions.reduce(0) { $0 + $1.clv } / count)
        case .aliveShare:
            let threshold = measure.aggregate.parameter ?? 0.5
            return .value(Double(predictions.filter { $0.probabilityAlive > threshold }.count) / count)
        case .expectedPurchases:
            let months = measure.aggregate.parameter ?? 3
            let clv = measure.aggregate.model.flatMap { model.clvModels[$0] }
            let unit = clv.map(CLVSampleReader.unit) ?? .week
            return .value(expectedPurchases(subset, t: months * unit.timeUnit.unitsPerMonth))
        default: return .empty
        }
    }
}

/// Σ E[Y(t) | x, t_x, T] over the subset's customers: P(alive) times E[Y(t) | alive], the latter
/// computed once per distinct (x, T) (the same products `conditionalExpectedPurchases` forms).
private func expectedPurchases(_ subset: CLVSubset, t: Double) -> Double {
    struct Key: Hashable { let x, T: Double }
    let model = subset.analysis.purchases.model
    var ifAlive: [Key: Double] = [:]
    return subset.indices.reduce(0) { total, index in
        let c = subset.summaries[index]
        let alive = subset.analysis.predictions[index].probabilityAlive
        guard alive > 0 else { return total }
        let key = Key(x: c.x, T: c.T)
        let purchases = ifAlive[key] ?? model.expectedPurchasesIfAlive(t: t, x: c.x, T: c.T)
        ifAlive[key] = purchases
        return total + purchases * alive
    }
}

/// Some of the fitted customers (all of them, or one breakdown group).
struct CLVSubset {
    let analysis: CLVAnalysis
    let summaries: [CustomerSummary]
    let indices: [Int]
}
