import ScorecardModel
import ScorecardSQL
import ScorecardStats

/// Computes CLV-model measures for every window: one fit per model and window end month, on the
/// purchases of the calibration window ending with that month.
struct CLVMeasureEvaluator {
    let model: MetricsModel
    let database: SQLiteDatabase
    let planner: QueryPlanner

    /// Fills the cells of the model-based measures for every window.
    func fill(_ table: inout MeasureTable, measures: [Measure], windows: EvaluationWindows) throws {
        let byModel = Dictionary(grouping: measures.filter { $0.aggregate.model != nil }) { $0.aggregate.model! }
        for (name, measures) in byModel.sorted(by: { $0.key < $1.key }) {
            guard let clv = model.clvModels[name] else { continue }
            for end in Set(windows.ranges.map(\.last)).sorted() {
                let outcome = try analysis(clv, end: end)
                for (id, range) in windows.ranges.enumerated() where range.last == end {
                    for measure in measures { table.set(cell(measure, outcome), measure: measure.name, window: id) }
                }
            }
        }
    }

    /// The fitted models and the customers they were fitted on, or why there is no fit.
    private func analysis(_ clv: CLVModel, end: Month) throws -> Result<(CLVAnalysis, [CustomerRFM]), StatsError> {
        let first = end.advanced(by: 1 - clv.calibrationMonths)
        let rows = planner.purchaseRows(clv, firstDay: EvaluationWindows.firstDay(first), endDay: EvaluationWindows.firstDay(end.advanced(by: 1)))
        let lastDay = "\(end)-" + (end.daysInMonth < 10 ? "0" : "") + "\(end.daysInMonth)"
        let unit = RFMTimeUnit(rawValue: clv.timeUnit.rawValue) ?? .week
        let customers = try RFMSummaryQuery(rows: rows, calibrationEnd: lastDay, unit: unit).customers(in: database)
        do {
            let choice: CLVModelChoice = clv.fit == .bgnbd ? .bgnbd : .paretoNBD
            let analysis = try CLVAnalysis(customers: customers, model: choice, unit: unit, horizonMonths: clv.horizonMonths,
                                           discount: clv.monthlyDiscount)
            return .success((analysis, customers))
        } catch let error as StatsError {
            return .failure(error)
        }
    }

    private func cell(_ measure: Measure, _ outcome: Result<(CLVAnalysis, [CustomerRFM]), StatsError>) -> MeasureTable.Cell {
        guard case .success(let (analysis, customers)) = outcome else {
            if case .failure(let error) = outcome { return .failed("the CLV model could not be fitted: \(error)") }
            return .empty
        }
        guard !customers.isEmpty else { return .empty }
        let count = Double(customers.count)
        switch measure.aggregate.function {
        case .clvTotal: return .value(analysis.totalCLV)
        case .clvMean: return .value(analysis.totalCLV / count)
        case .aliveShare:
            let threshold = measure.aggregate.parameter ?? 0.5
            return .value(Double(analysis.predictions.filter { $0.probabilityAlive > threshold }.count) / count)
        case .expectedPurchases:
            let months = measure.aggregate.parameter ?? 3
            let unit = RFMTimeUnit(rawValue: model.clvModels[measure.aggregate.model!]!.timeUnit.rawValue) ?? .week
            let horizon = months * unit.timeUnit.unitsPerMonth
            let purchases = analysis.purchases.model
            return .value(customers.reduce(0) { total, customer in
                let c = customer.summary
                return total + purchases.conditionalExpectedPurchases(t: horizon, x: c.x, tx: c.tx, T: c.T)
            })
        default: return .empty
        }
    }
}
