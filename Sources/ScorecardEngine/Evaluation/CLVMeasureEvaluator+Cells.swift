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
                measure, subset: CLVSubset(analysis: fit.analysis, summaries: fit.sample.summaries, indices: nil))
        }
    }

    /// A measure over some of the fitted customers, read off their predictions in place.
    func cell(_ measure: Measure, subset: CLVSubset) -> MeasureTable.Cell {
        guard subset.count > 0 else { return .empty }
        let count = Double(subset.count)
        let predictions = subset.analysis.predictions
        switch measure.aggregate.function {
        case .clvTotal: return .value(subset.sum { predictions[$0].clv })
        case .clvMean: return .value(subset.sum { predictions[$0].clv } / count)
        case .aliveShare:
            let threshold = measure.aggregate.parameter ?? 0.5
            return .value(subset.sum { predictions[$0].probabilityAlive > threshold ? 1 : 0 } / count)
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
    return subset.sum { index in
        let c = subset.summaries[index]
        let alive = subset.analysis.predictions[index].probabilityAlive
        guard alive > 0 else { return 0 }
        let key = Key(x: c.x, T: c.T)
        let purchases = ifAlive[key] ?? model.expectedPurchasesIfAlive(t: t, x: c.x, T: c.T)
        ifAlive[key] = purchases
        return purchases * alive
    }
}

/// Some of the fitted customers (all of them, or one breakdown group).
struct CLVSubset {
    let analysis: CLVAnalysis
    let summaries: CustomerSummaries
    /// The customers' indices in the fit; nil for all of them.
    let indices: [Int]?

    /// The number of customers.
    var count: Int { indices?.count ?? summaries.count }

    /// The sum of `term` over the customers' indices, in their order, without copying anything.
    func sum(_ term: (Int) -> Double) -> Double {
        guard let indices else { return summaries.indices.reduce(0) { $0 + term($1) } }
        return indices.reduce(0) { $0 + term($1) }
    }
}
