import ScorecardModel
import ScorecardSQL
import ScorecardStats

/// Computes CLV-model measures: one fit per model and evaluated end month, on the purchases of
/// the calibration window ending with that month.
///
/// Fits are made for the months the board pack compares: the end of the period (which the
/// period, its YTD and TTM share), of the previous period and of the same period last year.
/// Other trend months are n/a, since each fit reads and models every customer. The customers'
/// RFM summaries come from ``CLVSampleReader``: per window in the database, or from one scan of
/// all windows where the backend prefers row scans.
struct CLVMeasureEvaluator {
    let model: MetricsModel
    let database: any SQLDatabase
    let planner: QueryPlanner
    let cache: CLVFitCache

    /// Fills the cells of the model-based measures for the windows that end in a fitted month.
    ///
    /// Only the fit at the end of the period is kept (the breakdowns group its customers); the
    /// others are dropped once their cells are filled, so one fit's arrays are alive at a time.
    func fill(_ table: inout MeasureTable, measures: [Measure], windows: EvaluationWindows) throws {
        let byModel = Self.byModel(measures)
        let comparisons = windows.comparisons
        let ends = Self.fitEnds(comparisons)
        for (name, measures) in byModel.sorted(by: { $0.key < $1.key }) {
            guard let clv = model.clvModels[name] else { continue }
            try forEachFit(clv, ends: ends, keeping: comparisons.current.last) { end, outcome in
                for (id, range) in windows.ranges.enumerated() where range.last == end {
                    for measure in measures { table.set(cell(measure, outcome), measure: measure.name, window: id) }
                }
            }
        }
    }

    /// The model measures' values per group of a dimension for a period: one fit on all customers,
    /// its predictions summed up by the group each customer belongs to (sizes are customer counts).
    ///
    /// The groups of the period's fit are made right after it for the dimensions the breakdowns
    /// name (``CLVFitCache/groupTables``), so that the fit need not be kept; other dimensions fit again.
    func groups(_ measures: [Measure], dimension: Dimension, range: MonthRange) throws -> BreakdownTable {
        var table = BreakdownTable()
        let byModel = Self.byModel(measures)
        for (name, measures) in byModel.sorted(by: { $0.key < $1.key }) {
            guard let clv = model.clvModels[name] else { continue }
            if let made = cache.groupTables[Self.key(clv, range.last)]?[dimension.name] {
                table.merge(made.only(measures.map(\.name)))
            } else if case .success(let fit) = try fit(clv, end: range.last) {
                table.merge(try groupTable(fit, clv, measures, dimension: dimension))
            }
        }
        return table
    }

    /// The measures' values per group of a dimension, from one fit.
    private func groupTable(_ fit: CLVFit, _ clv: CLVModel, _ measures: [Measure], dimension: Dimension) throws
        -> BreakdownTable
    {
        var table = BreakdownTable()
        var members: [String: [Int]] = [:]
        for (index, group) in try customerGroups(fit, clv, dimension: dimension).enumerated() {
            members[group, default: []].append(index)
        }
        for (key, indices) in members {
            let subset = CLVSubset(analysis: fit.analysis, summaries: fit.sample.summaries, indices: indices)
            for measure in measures {
                let value: Double? = if case .value(let number) = cell(measure, subset: subset) { number } else { nil }
                table.set(.init(value: value, size: indices.count), measure: measure.name, key: key)
            }
        }
        return table
    }

    /// Keeps the period's fit for later breakdowns: as the groups of every dimension the
    /// breakdowns name, for all the model's measures, when the cache knows them (the fit's
    /// customers and predictions are then let go), else as the fit itself.
    private func keep(_ outcome: Result<CLVFit, StatsError>, _ clv: CLVModel, end: Month) throws {
        let dimensions = cache.dimensions[clv.name] ?? []
        guard !dimensions.isEmpty else {
            cache.fits[Self.key(clv, end)] = outcome
            return
        }
        let measures = model.measures.values.filter { $0.aggregate.model == clv.name }.sorted { $0.name < $1.name }
        var tables: [String: BreakdownTable] = [:]
        for dimension in dimensions {
            tables[dimension.name] =
                if case .success(let fit) = outcome {
                    try groupTable(fit, clv, measures, dimension: dimension)
                } else {
                    BreakdownTable()
                }
        }
        cache.groupTables[Self.key(clv, end)] = tables
    }

    /// Each fitted customer's group, in the fit's order: the dimension's value on their latest
    /// purchase in the calibration window.
    private func customerGroups(_ fit: CLVFit, _ clv: CLVModel, dimension: Dimension) throws -> [String] {
        let groups =
            try fit.sample.groups[dimension.name]
            ?? reader.groups(clv, dimension: dimension, window: fit.window, sample: fit.sample)
        return fit.sample.summaries.indices.map { groups.name(of: $0) }
    }

    /// The fitted models and the customers they were fitted on, or why there is no fit (cached).
    private func fit(_ clv: CLVModel, end: Month) throws -> Result<CLVFit, StatsError> {
        var fitted: Result<CLVFit, StatsError>?
        try forEachFit(clv, ends: [end], keeping: end) { fitted = $1 }
        guard let fitted else { preconditionFailure("forEachFit hands over every end") }
        return fitted
    }

    /// The sample with the groups of every breakdown dimension, those its reading left out read
    /// now, all in one query: the fit kept for the breakdowns then holds them.
    private func withGroups(_ sample: CLVSample, _ clv: CLVModel, _ dimensions: [Dimension], window: CalibrationWindow)
        throws -> CLVSample
    {
        let missing = dimensions.filter { sample.groups[$0.name] == nil }
        guard !missing.isEmpty else { return sample }
        let read = try reader.groups(clv, dimensions: missing, window: window, sample: sample)
        return CLVSample(summaries: sample.summaries, groups: sample.groups.merging(read) { kept, _ in kept })
    }

    /// Hands the fit at each end to `body`: cached, or fitted now, one at a time, on samples read
    /// by ``CLVSampleReader`` (one scan where the backend prefers it); caches the fit at `keeping`
    /// only. Ends come in ascending order, so the fit kept (the period's) is usually the last made.
    private func forEachFit(
        _ clv: CLVModel, ends: [Month], keeping: Month, _ body: (Month, Result<CLVFit, StatsError>) throws -> Void
    ) throws {
        var missing: [Month] = []
        for end in ends {
            if let fit = cache.fits[Self.key(clv, end)] { try body(end, fit) } else { missing.append(end) }
        }
        guard !missing.isEmpty else { return }
        let windows = missing.map { Self.calibrationWindow(clv, end: $0) }
        let unit = CLVSampleReader.unit(clv)
        let dimensions = cache.dimensions[clv.name] ?? []
        // Only the kept fit's groups are wanted; the others' would hold 4 bytes per customer and dimension.
        let grouped = missing.firstIndex(of: keeping)
        try reader.forEachSample(
            clv, windows: windows, dimensions: grouped == nil ? [] : dimensions, groupedWindow: grouped
        ) { index, sample in
            let end = missing[index]
            let analysis = try Self.analyse(sample, clv, unit: unit).get()
            var kept = sample
            if end == keeping, case .success = analysis {
                kept = try withGroups(sample, clv, dimensions, window: windows[index])
            }
            let outcome = analysis.map { CLVFit(analysis: $0, window: windows[index], sample: kept) }
            if end == keeping { try keep(outcome, clv, end: end) }
            try body(end, outcome)
        }
    }

    private var reader: CLVSampleReader { CLVSampleReader(model: model, database: database, planner: planner) }

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
    /// The model measures among `measures`, by the name of their model.
    private static func byModel(_ measures: [Measure]) -> [String: [Measure]] {
        var byModel: [String: [Measure]] = [:]
        for measure in measures {
            if let name = measure.aggregate.model { byModel[name, default: []].append(measure) }
        }
        return byModel
    }

    /// The months fits are made for: the ends of the period, of the previous period and of the
    /// same period last year, ascending.
    static func fitEnds(_ comparisons: Comparisons) -> [Month] {
        Set([comparisons.current.last, comparisons.previous.last, comparisons.lastYear.last]).sorted()
    }

    /// The days of the calibration window ending with a month.
    static func calibrationWindow(_ clv: CLVModel, end: Month) -> CalibrationWindow {
        CalibrationWindow(
            firstDay: EvaluationWindows.firstDay(end.advanced(by: 1 - clv.calibrationMonths)),
            endDay: EvaluationWindows.firstDay(end.advanced(by: 1)))
    }

    private static func key(_ clv: CLVModel, _ end: Month) -> String { "\(clv.name)@\(end)" }
}
