import ScorecardLanguage
import ScorecardModel
import ScorecardSQL

/// Evaluates a scorecard's KPIs for a period against a CRM database, through ``SQLDatabase``.
///
/// The backend opens the database read-only and everything is read inside one snapshot, so every
/// KPI comes from the same data even while another process writes.
///
/// ```swift
/// let database = try SQLiteDatabase.openForReading(path: "demo/crm.sqlite")   // the CLI picks the backend
/// let values = try Evaluator(model: model).evaluate(database: database, period: period)
/// values.kpis.first?.value
/// ```
public struct Evaluator: Sendable {
    /// The checked metrics model whose KPIs are evaluated.
    public let model: MetricsModel

    /// An evaluator for the model's KPIs; it reads no database until asked to evaluate.
    public init(model: MetricsModel) { self.model = model }

    /// Reports what the evaluation is doing, e.g. "query 3 of 12: source orders: revenue".
    ///
    /// Called from the evaluation's threads, one line at a time.
    public typealias Progress = @Sendable (String) -> Void

    /// Computes every KPI (or the selected ones) with comparisons, targets, status, trend and breakdowns.
    ///
    /// Before evaluating, finds how far each used source's data reaches (`data_coverage`); with
    /// `requireCoverage` a source that does not cover the period throws an ``EvaluationError`` of kind
    /// ``EvaluationError/Kind/dataIncomplete(period:sources:)`` and nothing is evaluated, without it
    /// the values are marked provisional.
    public func evaluate(
        database: any SQLDatabase, period: ReportingPeriod, kpiIDs: [String]? = nil, requireCoverage: Bool = false,
        progress: Progress? = nil
    ) throws -> ScorecardValues {
        let kpis = try selectedKPIs(kpiIDs)
        try useTimeZone(of: database)
        return try database.readSnapshot {
            let model = try catalogued(database: database, kpis: kpis)
            let coverage = try DataCoverageReader(model: model, database: database).coverage(of: kpis, period: period)
            let short = coverage.filter { !$0.covers }
            if requireCoverage, !short.isEmpty {
                throw EvaluationError.dataIncomplete(period: period.label, sources: short, in: model)
            }
            var run = EvaluationRun(model: model, database: database, period: period, kpis: kpis, progress: progress)
            var values = try run.values()
            values.dataCoverage = coverage
            values.provisional = !short.isEmpty
            values.restatements = []  // `run` fills them in from its ledger
            return values
        }
    }

    /// The queries `evaluate` would run for a KPI, rendered in a dialect with their bound values.
    ///
    /// The evaluation's queries come first, then the KPI's breakdown queries, then the plan's CLV
    /// queries (the customers' figures in every fit's window; the groups of the breakdown
    /// dimensions), which SQLite replaces by one scan of the purchases. `foldingKeyQueries` as for
    /// a database that groups rows itself (``QueryPlanner/planByMonth(measures:foldingKeyQueries:monthKeyChecksTimes:)``),
    /// which then also counts unreadable ISO times from the months when the dialect allows.
    /// Throws for an unknown KPI id.
    public func explain(
        kpiID: String, period: ReportingPeriod, dialect: SQLDialect, foldingKeyQueries: Bool = false
    ) throws -> [(
        title: String, sql: RenderedSQL
    )] {
        let kpis = try selectedKPIs([kpiID])
        let comparisons = Comparisons(period: period, fiscal: fiscal)
        let windows = EvaluationWindows(comparisons: comparisons, kpis: kpis, model: model)
        let planner = QueryPlanner(model: model, windows: windows.queryWindows)
        let measures = kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
        let breakdowns = BreakdownEvaluator(model: model, comparisons: comparisons, fits: CLVFitCache(dimensions: [:]))
            .queryJobs(kpis.filter { $0.id == kpiID }).compactMap { job in job.sql.map { (job.title, $0) } }
        let statements = planner.planByMonth(
            measures: Array(measures), foldingKeyQueries: foldingKeyQueries,
            monthKeyChecksTimes: foldingKeyQueries && dialect.monthKeyTellsUnreadableISOTimes
        ).statements.map { ($0.title, $0.select) }
        let clv = try clvQueries(
            measures: measures, kpi: kpis.first { $0.id == kpiID }, comparisons: comparisons, planner: planner)
        return (statements + breakdowns + clv).map { ($0.0, dialect.render($0.1)) }
    }

    /// Sets the scorecard's time zone on the database, as a located error when the database does not know it.
    func useTimeZone(of database: any SQLDatabase) throws {
        let settings = model.settings
        do {
            try database.useTimeZone(settings.timeZone)
        } catch let error as DatabaseError where error.kind == .query {
            throw EvaluationError.unknownTimeZone(
                settings.timeZone, location: settings.timeZoneLocation, reason: error.message)
        }
    }

    /// The CLV models' queries for the measures: the customers' figures in every fit's window, in
    /// one query, and for the period's fit, the customers' groups of the KPI's breakdown
    /// dimensions, in one query.
    private func clvQueries(measures: Set<String>, kpi: KPI?, comparisons: Comparisons, planner: QueryPlanner) throws
        -> [(String, SQLSelect)]
    {
        let names = Set(measures.compactMap { model.measures[$0]?.aggregate.model }).sorted()
        var queries: [(String, SQLSelect)] = []
        for clv in names.compactMap({ model.clvModels[$0] }) {
            let ends = CLVMeasureEvaluator.fitEnds(comparisons)
            let windows = ends.map { CLVMeasureEvaluator.calibrationWindow(clv, end: $0) }
            queries.append(
                (
                    "CLV model \(clv.name): customers' figures, calibrated to \(ends.map(\.description).joined(separator: ", "))",
                    CLVSampleReader.windowsQuery(clv, windows: windows, planner: planner).select()
                ))
            let dimensions = (kpi?.breakdowns ?? []).compactMap { model.dimensions[$0] }
            guard !dimensions.isEmpty else { continue }
            let window = CLVMeasureEvaluator.calibrationWindow(clv, end: comparisons.current.last)
            queries.append(
                (
                    "CLV model \(clv.name): customers' \(dimensions.map(\.name).joined(separator: ", ")), "
                        + "calibrated to \(comparisons.current.last)",
                    planner.latestGroups(clv, dimensions: dimensions, firstDay: window.firstDay, endDay: window.endDay)
                ))
        }
        return queries
    }

    var fiscal: FiscalCalendar { FiscalCalendar(startMonth: model.settings.fiscalYearStart) }

    /// The KPIs asked for plus every KPI they use, in dependency order.
    func selectedKPIs(_ ids: [String]?) throws -> [KPI] {
        guard let ids else { return model.kpis }
        var wanted: Set<String> = []
        var queue = ids
        while let id = queue.popLast() {
            guard let kpi = model.kpi(id) else {
                throw EvaluationError.unknownKPI(
                    id, suggestion: Suggestion.closest(to: id, among: model.kpis.map(\.id)))
            }
            if wanted.insert(id).inserted { queue += kpi.value.kpis }
        }
        return model.kpis.filter { wanted.contains($0.id) }
    }
}
