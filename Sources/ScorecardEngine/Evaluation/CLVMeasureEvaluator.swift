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

    /// The model measures' values per group of a dimension for a period: one fit on all customers,
    /// its predictions summed up by the group each customer belongs to (sizes are customer counts).
    func groups(_ measures: [Measure], dimension: Dimension, range: MonthRange) throws -> BreakdownTable {
        var table = BreakdownTable()
        let byModel = Dictionary(grouping: measures.filter { $0.aggregate.model != nil }) { $0.aggregate.model! }
        for (name, measures) in byModel.sorted(by: { $0.key < $1.key }) {
            guard let clv = model.clvModels[name], case .success(let (analysis, customers)) = try analysis(clv, end: range.last) else { continue }
            let groupOf = try customerGroups(clv, dimension: dimension, end: range.last)
            var members: [String: [Int]] = [:]
            for (index, customer) in customers.enumerated() { members[groupOf[customer.id] ?? "(none)", default: []].append(index) }
            for (key, indices) in members {
                let subset = CLVSubset(analysis: analysis, customers: customers, indices: indices)
                for measure in measures {
                    let value: Double? = if case .value(let number) = cell(measure, subset: subset) { number } else { nil }
                    table.set(.init(value: value, size: indices.count), measure: measure.name, key: key)
                }
            }
        }
        return table
    }

    /// Each customer's group: the dimension's value on their latest purchase in the calibration window.
    private func customerGroups(_ clv: CLVModel, dimension: Dimension, end: Month) throws -> [String: String] {
        let first = end.advanced(by: 1 - clv.calibrationMonths)
        let select = planner.customerGroups(clv, dimension: dimension, firstDay: EvaluationWindows.firstDay(first),
                                            endDay: EvaluationWindows.firstDay(end.advanced(by: 1)))
        let rendered = SQLiteDialect().render(select)
        let statement = try database.prepare(rendered.text)
        try statement.bind(rendered.bindings.map(\.sqlite))
        var groups: [String: String] = [:]
        while try statement.step() {
            guard let customer = statement.string(at: 0) else { continue }
            groups[customer] = statement.string(at: 1) ?? "(none)"
        }
        return groups
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
        switch outcome {
        case .failure(let error): return .failed("the CLV model could not be fitted: \(error)")
        case .success(let (analysis, customers)):
            return cell(measure, subset: CLVSubset(analysis: analysis, customers: customers, indices: Array(customers.indices)))
        }
    }

    /// A measure over some of the fitted customers.
    private func cell(_ measure: Measure, subset: CLVSubset) -> MeasureTable.Cell {
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
            let unit = RFMTimeUnit(rawValue: model.clvModels[measure.aggregate.model!]!.timeUnit.rawValue) ?? .week
            let horizon = months * unit.timeUnit.unitsPerMonth
            let purchases = subset.analysis.purchases.model
            return .value(subset.indices.reduce(0) { total, index in
                let c = subset.customers[index].summary
                return total + purchases.conditionalExpectedPurchases(t: horizon, x: c.x, tx: c.tx, T: c.T)
            })
        default: return .empty
        }
    }
}

/// Some of the customers a CLV model was fitted on (all of them, or one breakdown group).
private struct CLVSubset {
    let analysis: CLVAnalysis
    let customers: [CustomerRFM]
    let indices: [Int]
}
