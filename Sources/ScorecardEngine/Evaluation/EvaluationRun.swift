import ScorecardModel
import ScorecardSQL

/// One evaluation inside a read transaction: runs the plans, then assembles each KPI's result.
struct EvaluationRun {
    let model: MetricsModel
    let database: any SQLDatabase
    let period: ReportingPeriod
    let kpis: [KPI]
    let comparisons: Comparisons
    let windows: EvaluationWindows
    let progress: Evaluator.Progress?

    init(
        model: MetricsModel, database: any SQLDatabase, period: ReportingPeriod, kpis: [KPI],
        progress: Evaluator.Progress?
    ) {
        self.progress = progress
        self.model = model
        self.database = database
        self.period = period
        self.kpis = kpis
        let evaluator = Evaluator(model: model)
        self.comparisons = Comparisons(period: period, fiscal: evaluator.fiscal)
        self.windows = EvaluationWindows(comparisons: comparisons, kpis: kpis, model: model)
    }

    mutating func values() throws -> ScorecardValues {
        let runner = QueryRunner(database: database)
        let planner = QueryPlanner(model: model, windows: windows.queryWindows)
        let fits = CLVFitCache(dimensions: CLVFitCache.breakdownDimensions(of: kpis, in: model))
        let breakdownEvaluator = BreakdownEvaluator(
            model: model, comparisons: comparisons, fits: fits, progress: progress)
        let (table, queried, badRows) = try read(
            runner: runner, planner: planner, fits: fits, breakdownJobs: breakdownEvaluator.queryJobs(kpis))
        if !badRows.isEmpty && model.settings.badRows == .stop { throw EvaluationError.badRows(badRows, in: model) }
        let breakdowns = try breakdownEvaluator.evaluate(kpis, queried: queried, runner: runner)
        let targets = TargetResolver(model: model, tableTargets: try TargetTableReader(database: database).read(kpis))
        let windows = windows
        let calculator = KPICalculator(model: model) { measure, range in
            windows.id(of: range).flatMap { table.cell(measure, window: $0) }
        }
        let settings = model.settings
        return ScorecardValues(
            title: settings.title, organisation: settings.organisation, currency: settings.currency,
            locale: settings.locale,
            period: period.label, grain: period.grain.rawValue, periodStart: period.range.first.description,
            periodEnd: period.range.last.description,
            kpis: kpis.map {
                result(for: $0, calculator: calculator, targets: targets, breakdowns: breakdowns[$0.id] ?? [:])
            },
            badRows: badRows.sorted { ($0.source, $0.column, $0.problem) < ($1.source, $1.column, $1.problem) })
    }

    /// What a job of the read queue produced; sources are numbered in the plan's order.
    private enum ReadResult {
        case months(source: Int, SourceMonths, [PercentileRanks])
        case keys(source: Int, KeyWindowTally)
        case breakdowns(BreakdownTables)
    }

    /// Every measure the KPIs need, in every window, and the breakdown queries' groups: the
    /// sources' aggregate queries and then the breakdown queries are jobs for both connections
    /// when they can share the snapshot (``ReadQueue``); meanwhile this thread runs the
    /// period-end queries and the CLV fits, then helps with the jobs left.
    private func read(
        runner: QueryRunner, planner: QueryPlanner, fits: CLVFitCache,
        breakdownJobs: [ReadQueue.Job<BreakdownTables>]
    ) throws -> (MeasureTable, BreakdownTables, [BadRows]) {
        let measureNames = kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
        let plan = planner.planByMonth(
            measures: Array(measureNames), foldingKeyQueries: !database.prefersRowScans,
            monthKeyChecksTimes: !database.prefersRowScans && database.dialect.monthKeyTellsUnreadableISOTimes,
            windowCounts: EvaluationWindows.counts(of: kpis, in: model, windows: windows))
        let jobs = aggregateJobs(plan.rows, scanning: runner.scans)
        let breakdowns = breakdownJobs.map { job in
            ReadQueue.Job<ReadResult>(title: job.title, sql: job.sql) { .breakdowns(try job.run($0)) }
        }
        var done = 0
        var table = MeasureTable()
        progress?(
            "\(jobs.count) aggregate queries and \(breakdowns.count) breakdown queries, with the period-end queries and CLV models alongside"
        )
        let results = try ReadQueue.run(jobs + breakdowns, runner: runner, progress: progress) {
            for query in plan.windowed {
                done += 1
                progress?("period-end query \(done) of \(plan.windowed.count): \(query.title)")
                try runner.run(query, into: &table)
            }
            progress?("CLV models")
            try ThreadClock.reporting(to: progress, "CLV models done", detail: "this thread's share") {
                try CLVMeasureEvaluator(model: model, database: database, planner: planner, cache: fits)
                    .fill(&table, measures: measureNames.compactMap { model.measures[$0] }, windows: windows)
            }
        }
        var queried = BreakdownTables()
        var sources = plan.rows.map { SourceAggregates(queries: $0, months: nil, keys: [], values: []) }
        for result in results {
            switch result {
            case .months(let source, let months, let ranks):
                sources[source].months = months
                sources[source].values = ranks
                // The folded key query is the first; the others' jobs come after this one's.
                if let tally = months.foldedKeyTally { sources[source].keys.insert(tally, at: 0) }
            case .keys(let source, let tally): sources[source].keys.append(tally)
            case .breakdowns(let tables): queried.merge(tables)
            }
        }
        var badRows: [BadRows] = []
        for source in sources {
            table.fill(from: source, windows: windows)
            badRows += source.months?.badRows.filter { $0.rows > 0 } ?? []
        }
        // Bad rows that stop the run are reported first (`values()` throws them), as they explain a bad value.
        if badRows.isEmpty || model.settings.badRows == .skip,
            let failure = sources.lazy.flatMap(\.values).compactMap(\.failure).first
        {
            throw failure
        }
        return (table, queried, badRows)
    }

    /// The jobs of the sources' aggregate queries: per source its months with the percentiles
    /// (whose ranks need the months' counts) and the key query folded in or scanned along
    /// (`scanning`: whether the runner reads the source's scan), then each other key query
    /// (results come back in job order, so each source's tallies keep their queries' order).
    private func aggregateJobs(_ sources: [SourceAggregateQueries], scanning: (SourceAggregateQueries) -> Bool)
        -> [ReadQueue.Job<ReadResult>]
    {
        let allKeyWindows = windows.ranges.map {
            KeyWindowTally.Window(
                months: $0.first.index...$0.last.index, before: ($0.first.index - $0.count)...($0.first.index - 1))
        }
        return sources.enumerated().flatMap { source, queries -> [ReadQueue.Job<ReadResult>] in
            // Only the windows the source's queries cover (``SourceAggregateQueries/windowCount``).
            let keyWindows = Array(allKeyWindows.prefix(queries.windowCount))
            return [
                ReadQueue.Job(title: queries.title) { runner in
                    let months = try runner.months(queries, keyWindows: keyWindows)
                    let ranks = try zip(queries.values, months.valueCounts).map { query, counts in
                        let windows = allKeyWindows.prefix(query.windowCount).map(\.months)
                        return try runner.values(query, counts: counts, windows: windows)
                    }
                    return .months(source: source, months, ranks)
                }
            ]
                + queries.separateKeys(scanning: scanning(queries)).map { query in
                    ReadQueue.Job(title: query.title) {
                        .keys(source: source, try $0.keys(query, windows: keyWindows))
                    }
                }
        }
    }

    private func result(
        for kpi: KPI, calculator: KPICalculator, targets: TargetResolver,
        breakdowns: [String: [BreakdownValue]]
    ) -> KPIResult {
        let current = calculator.value(of: kpi, in: comparisons.current)
        let target = targets.target(kpi, over: comparisons.current)
        let previous = calculator.value(of: kpi, in: comparisons.previous).number
        let lastYear = calculator.value(of: kpi, in: comparisons.lastYear).number
        let ytd = calculator.value(of: kpi, in: comparisons.yearToDate).number
        let ytdTarget = targets.target(kpi, over: comparisons.yearToDate)
        return KPIResult(
            id: kpi.id, label: kpi.label, stage: kpi.stage, focus: kpi.focus, unit: kpi.unit, better: kpi.polarity,
            owner: kpi.owner, description: kpi.description, expression: kpi.valueText,
            value: current.number, note: current.reason, target: target,
            targetSource: TargetResolver.describe(kpi.targets),
            status: StatusRule.status(
                value: current.number, target: target, thresholds: kpi.thresholds, polarity: kpi.polarity),
            variance: Variance(actual: current.number, reference: target),
            previous: previous, previousVariance: Variance(actual: current.number, reference: previous),
            lastYear: lastYear, lastYearVariance: Variance(actual: current.number, reference: lastYear),
            ytd: ytd, ytdTarget: ytdTarget, ytdVariance: Variance(actual: ytd, reference: ytdTarget),
            ytdStatus: StatusRule.status(
                value: ytd, target: ytdTarget, thresholds: kpi.thresholds, polarity: kpi.polarity),
            ytdLastYear: calculator.value(of: kpi, in: comparisons.yearToDateLastYear).number,
            ttm: calculator.value(of: kpi, in: comparisons.trailingTwelveMonths).number,
            trend: comparisons.trend.map { month in
                let range = MonthRange(month)
                return TrendPoint(
                    period: month.description, value: calculator.value(of: kpi, in: range).number,
                    target: targets.target(kpi, over: range),
                    lastYear: calculator.value(of: kpi, in: range.shifted(byMonths: -12)).number)
            },
            breakdowns: breakdowns)
    }
}
