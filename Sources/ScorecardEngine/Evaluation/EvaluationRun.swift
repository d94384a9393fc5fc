import ScorecardModel
import ScorecardSQL

/// One evaluation inside a read transaction: runs the plans, then assembles each KPI's result.
struct EvaluationRun {
    let model: MetricsModel
    let database: SQLiteDatabase
    let period: ReportingPeriod
    let kpis: [KPI]
    let comparisons: Comparisons
    let windows: EvaluationWindows
    let progress: Evaluator.Progress?

    init(model: MetricsModel, database: SQLiteDatabase, period: ReportingPeriod, kpis: [KPI], progress: Evaluator.Progress?) {
        self.progress = progress
        self.model = model
        self.database = database
        self.period = period
        self.kpis = kpis
        let evaluator = Evaluator(model: model)
        self.comparisons = Comparisons(period: period, fiscal: evaluator.fiscal)
        self.windows = EvaluationWindows(comparisons: comparisons, includeLastYear: kpis.contains(where: model.usesGrowth))
    }

    mutating func values() throws -> ScorecardValues {
        let runner = QueryRunner(database: database)
        let planner = QueryPlanner(model: model, windows: windows.queryWindows)
        let fits = CLVFitCache(dimensions: CLVFitCache.breakdownDimensions(of: kpis, in: model))
        var breakdowns: [String: [String: [BreakdownValue]]] = [:]
        // Breakdowns need no measure table, so they run alongside the row scans too (after the CLV fits they reuse).
        let table = try measureTable(runner: runner, planner: planner, fits: fits) { [model, comparisons, kpis, progress] in
            progress?("breakdowns")
            breakdowns = try BreakdownEvaluator(model: model, runner: runner, comparisons: comparisons, fits: fits, progress: progress)
                .evaluate(kpis)
        }
        let targets = TargetResolver(model: model, tableTargets: try TargetTableReader(database: database).read(kpis))
        let windows = windows
        let calculator = KPICalculator(model: model) { measure, range in
            windows.id(of: range).flatMap { table.cell(measure, window: $0) }
        }
        let settings = model.settings
        return ScorecardValues(
            title: settings.title, organisation: settings.organisation, currency: settings.currency, locale: settings.locale,
            period: period.label, grain: period.grain.rawValue, periodStart: period.range.first.description,
            periodEnd: period.range.last.description,
            kpis: kpis.map { result(for: $0, calculator: calculator, targets: targets, breakdowns: breakdowns[$0.id] ?? [:]) })
    }

    /// Every measure the KPIs need, in every window: the row scans, on two connections when they
    /// can share the snapshot, with the period-end queries, the CLV fits and then `alsoAlongside`
    /// on this thread meanwhile.
    private func measureTable(runner: QueryRunner, planner: QueryPlanner, fits: CLVFitCache,
                              alsoAlongside: () throws -> Void) throws -> MeasureTable {
        let measureNames = kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
        let plan = planner.planByMonth(measures: Array(measureNames))
        var done = 0
        func report(_ query: PlannedQuery) {
            done += 1
            progress?("period-end query \(done) of \(plan.windowed.count): \(query.title)")
        }
        var table = MeasureTable()
        progress?("row scans of \(plan.rows.count) sources, with the period-end queries, CLV models and breakdowns alongside")
        let windows = windows
        let scanned = try RowScanQueue.run(plan.rows, runner: runner, collect: { query, rows in
            var values = MeasureTable()
            values.fill(from: rows, query: query, windows: windows)
            return values
        }) {
            for query in plan.windowed {
                report(query)
                try runner.run(query, into: &table)
            }
            progress?("CLV models")
            try CLVMeasureEvaluator(model: model, database: database, planner: planner, cache: fits)
                .fill(&table, measures: measureNames.compactMap { model.measures[$0] }, windows: windows)
            try alsoAlongside()
        }
        for values in scanned { table.merge(values) }
        return table
    }

    private func result(for kpi: KPI, calculator: KPICalculator, targets: TargetResolver,
                        breakdowns: [String: [BreakdownValue]]) -> KPIResult {
        let current = calculator.value(of: kpi, in: comparisons.current)
        let target = targets.target(kpi, over: comparisons.current)
        let previous = calculator.value(of: kpi, in: comparisons.previous).number
        let lastYear = calculator.value(of: kpi, in: comparisons.lastYear).number
        let ytd = calculator.value(of: kpi, in: comparisons.yearToDate).number
        let ytdTarget = targets.target(kpi, over: comparisons.yearToDate)
        return KPIResult(
            id: kpi.id, label: kpi.label, stage: kpi.stage, focus: kpi.focus, unit: kpi.unit, better: kpi.polarity,
            owner: kpi.owner, description: kpi.description, expression: kpi.valueText,
            value: current.number, note: current.reason, target: target, targetSource: TargetResolver.describe(kpi.targets),
            status: StatusRule.status(value: current.number, target: target, thresholds: kpi.thresholds, polarity: kpi.polarity),
            variance: Variance(actual: current.number, reference: target),
            previous: previous, previousVariance: Variance(actual: current.number, reference: previous),
            lastYear: lastYear, lastYearVariance: Variance(actual: current.number, reference: lastYear),
            ytd: ytd, ytdTarget: ytdTarget, ytdVariance: Variance(actual: ytd, reference: ytdTarget),
            ytdStatus: StatusRule.status(value: ytd, target: ytdTarget, thresholds: kpi.thresholds, polarity: kpi.polarity),
            ytdLastYear: calculator.value(of: kpi, in: comparisons.yearToDateLastYear).number,
            ttm: calculator.value(of: kpi, in: comparisons.trailingTwelveMonths).number,
            trend: comparisons.trend.map { month in
                let range = MonthRange(month)
                return TrendPoint(period: month.description, value: calculator.value(of: kpi, in: range).number,
                                  target: targets.target(kpi, over: range),
                                  lastYear: calculator.value(of: kpi, in: range.shifted(byMonths: -12)).number)
            },
            breakdowns: breakdowns)
    }
}
