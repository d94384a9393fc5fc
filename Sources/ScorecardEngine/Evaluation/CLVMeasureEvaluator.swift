import ScorecardModel
import ScorecardSQL
import ScorecardStats

/// Computes CLV-model measures: one fit per model and evaluated end month, on the purchases of
/// the calibration window ending with that month.
///
/// Fits are made for the months the board pack compares: the end of the period (which the
/// period, its YTD and TTM share), of the previous period and of the same period last year.
/// Other trend months are n/a, since each fit reads and models every customer. One scan reads
/// the purchases of all calibration windows (with the breakdown dimensions); each fit's RFM
/// summaries are derived from it (``PurchaseHistory``).
struct CLVMeasureEvaluator {
    let model: MetricsModel
    let database: any SQLDatabase
    let planner: QueryPlanner
    let cache: CLVFitCache

    /// Fills the cells of the model-based measures for the windows that end in a fitted month.
    func fill(_ table: inout MeasureTable, measures: [Measure], windows: EvaluationWindows) throws {
        let byModel = Dictionary(grouping: measures.filter { $0.aggregate.model != nil }) { $0.aggregate.model! }
        let comparisons = windows.comparisons
        let ends = Set([comparisons.current.last, comparisons.previous.last, comparisons.lastYear.last]).sorted()
        for (name, measures) in byModel.sorted(by: { $0.key < $1.key }) {
            guard let clv = model.clvModels[name] else { continue }
            try fitMissing(clv, ends: ends)
            for end in ends {
                let outcome = try fit(clv, end: end)
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
            guard let clv = model.clvModels[name], case .success(let fit) = try fit(clv, end: range.last) else {
                continue
            }
            var members: [String: [Int]] = [:]
            for (index, group) in try customerGroups(fit, clv, dimension: dimension, end: range.last).enumerated() {
                members[group, default: []].append(index)
            }
            for (key, indices) in members {
                let subset = CLVSubset(analysis: fit.analysis, summaries: fit.sample.summaries, indices: indices)
                for measure in measures {
                    let value: Double? =
                        if case .value(let number) = cell(measure, subset: subset) { number } else { nil }
                    table.set(.init(value: value, size: indices.count), measure: measure.name, key: key)
                }
            }
        }
        return table
    }

    /// Each fitted customer's group, in the fit's order: the dimension's value on their latest
    /// purchase in the calibration window.
    private func customerGroups(_ fit: CLVFit, _ clv: CLVModel, dimension: Dimension, end: Month) throws -> [String] {
        if let column = fit.history.dimensions.firstIndex(of: dimension.name) {
            return fit.sample.lastDays.map { fit.history.group(ofDay: $0, dimension: column) }
        }
        // Not read with the fit's purchases: scan the window again; it has the same customers, in the same order.
        let window = calibrationWindow(clv, end: end)
        let history = try readHistory(clv, dimensions: [dimension], firstDay: window.firstDay, endDay: window.endDay)
        let sample = history.sample(firstDay: window.firstDay, endDay: window.endDay, unit: unit(clv))
        precondition(
            sample.customers.count == fit.sample.customers.count, "the purchases changed during the evaluation")
        return sample.lastDays.map { history.group(ofDay: $0, dimension: 0) }
    }

    /// The fitted models and the customers they were fitted on, or why there is no fit (cached).
    private func fit(_ clv: CLVModel, end: Month) throws -> Result<CLVFit, StatsError> {
        try fitMissing(clv, ends: [end])
        return cache.fits[Self.key(clv, end)]!
    }

    /// Fits the model at the ends not fitted yet, on the purchases of one scan covering all their windows.
    private func fitMissing(_ clv: CLVModel, ends: [Month]) throws {
        let missing = ends.filter { cache.fits[Self.key(clv, $0)] == nil }
        guard !missing.isEmpty else { return }
        let windows = missing.map { calibrationWindow(clv, end: $0) }
        let history = try history(clv, covering: windows)
        let unit = unit(clv)
        let samples = windows.map { history.sample(firstDay: $0.firstDay, endDay: $0.endDay, unit: unit) }
        // The fits are independent: run them side by side (each forecast also uses all cores).
        let outcomes = samples.concurrentMap { Self.analyse($0, clv, unit: unit) }
        for (end, (sample, outcome)) in zip(missing, zip(samples, outcomes)) {
            cache.fits[Self.key(clv, end)] = try outcome.get().map {
                CLVFit(analysis: $0, sample: sample, history: history)
            }
        }
    }

    /// The model's purchases over the windows, with its breakdown dimensions (read once, then cached).
    private func history(_ clv: CLVModel, covering windows: [CalibrationWindow]) throws -> PurchaseHistory {
        let dimensions = cache.dimensions[clv.name] ?? []
        if let cached = cache.histories[clv.name],
            windows.allSatisfy({
                cached.covers(firstDay: $0.firstDay, endDay: $0.endDay, dimensions: dimensions.map(\.name))
            })
        {
            return cached
        }
        let history = try readHistory(
            clv, dimensions: dimensions, firstDay: windows.map(\.firstDay).min()!,
            endDay: windows.map(\.endDay).max()!)
        cache.histories[clv.name] = history
        return history
    }

    private func readHistory(_ clv: CLVModel, dimensions: [Dimension], firstDay: Int, endDay: Int) throws
        -> PurchaseHistory
    {
        let select = planner.purchaseHistory(clv, dimensions: dimensions, firstDay: firstDay, endDay: endDay)
        return try PurchaseHistory.read(
            select, dimensions: dimensions.map(\.name), firstDay: firstDay, endDay: endDay,
            timeColumn: model.sources[clv.source]?.time?.column ?? "time", in: database)
    }

    /// Fits the purchase and spend models on a sample: the analysis, why the models cannot be
    /// fitted (a ``ScorecardStats/StatsError``), or (outer failure) another error.
    private static func analyse(_ sample: CLVSample, _ clv: CLVModel, unit: RFMTimeUnit) -> Result<
        Result<CLVAnalysis, StatsError>, any Error
    > {
        do {
            return .success(
                .success(
                    try CLVAnalysis(
                        summaries: sample.summaries, model: clv.fit == .bgnbd ? .bgnbd : .paretoNBD,
                        unit: unit, horizonMonths: clv.horizonMonths, discount: clv.monthlyDiscount)))
        } catch let error as StatsError {
            return .success(.failure(error))
        } catch {
            return .failure(error)
        }
    }

    /// The days `[firstDay, endDay)` of the calibration window ending with a month.
    private func calibrationWindow(_ clv: CLVModel, end: Month) -> CalibrationWindow {
        CalibrationWindow(
            firstDay: EvaluationWindows.firstDay(end.advanced(by: 1 - clv.calibrationMonths)),
            endDay: EvaluationWindows.firstDay(end.advanced(by: 1)))
    }

    private func unit(_ clv: CLVModel) -> RFMTimeUnit { RFMTimeUnit(rawValue: clv.timeUnit.rawValue) ?? .week }

    private static func key(_ clv: CLVModel, _ end: Month) -> String { "\(clv.name)@\(end)" }
}

/// The days `[firstDay, endDay)` a fit is calibrated on.
private struct CalibrationWindow {
    let firstDay: Int
    let endDay: Int
}
