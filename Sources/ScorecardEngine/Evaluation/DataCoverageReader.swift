import ScorecardModel
import ScorecardSQL

/// Finds, for every source a set of KPIs uses, how far its data reaches and whether that covers a period.
///
/// One query per dated source (``QueryPlanner/reachQuery(source:)``); reference sources without a
/// `time` column always cover. A source covers the period when its latest row is dated on or after
/// the period's last day minus the source's `lag` (``DataLag/standard`` when it declares none).
///
/// ```swift
/// let reader = DataCoverageReader(model: model, database: database)
/// let coverage = try reader.coverage(of: model.kpis, period: .month(Month(year: 2026, month: 10)))
/// coverage.filter { !$0.covers }   // sources whose data stops before 2026-10-24
/// ```
struct DataCoverageReader {
    let model: MetricsModel
    let database: any SQLDatabase

    func coverage(of kpis: [KPI], period: ReportingPeriod) throws -> [SourceCoverage] {
        let planner = QueryPlanner(model: model, windows: [])
        return try usedSources(kpis).compactMap { name -> SourceCoverage? in
            guard let source = model.sources[name], let select = planner.reachQuery(source: name) else { return nil }
            let statement = try database.query(select)
            let lastDate = try statement.next() && !statement.isNull(0) ? statement.text(0) : nil
            let lag = source.lag ?? .standard
            return SourceCoverage(
                source: name, table: source.table, lastDate: lastDate.flatMap(Self.validDay),
                neededDate: Self.neededDate(period: period, lag: lag), lag: lag.description)
        }
    }

    /// The sources of every measure the KPIs use (a model-based measure uses its model's source), sorted.
    func usedSources(_ kpis: [KPI]) -> [String] {
        let measures = kpis.reduce(into: Set<String>()) { $0.formUnion(model.measures(of: $1)) }
        let sources = measures.compactMap { name -> String? in
            guard let measure = model.measures[name] else { return nil }
            return measure.aggregate.model.flatMap { model.clvModels[$0]?.source } ?? measure.source
        }
        return Set(sources).sorted()
    }

    /// The period's last day minus the lag, `YYYY-MM-DD`; a lag in months keeps the day of the
    /// month (clamped to the shorter month's last day).
    static func neededDate(period: ReportingPeriod, lag: DataLag) -> String {
        let last = period.range.last
        switch lag.unit {
        case .days:
            return EpochDay.isoDate(
                CivilDays.days(year: last.year, month: last.month, day: last.daysInMonth) - lag.count)
        case .months:
            let month = last.advanced(by: -lag.count)
            let day = min(last.daysInMonth, month.daysInMonth)
            return EpochDay.isoDate(CivilDays.days(year: month.year, month: month.month, day: day))
        }
    }

    /// The text when it is a `YYYY-MM-DD` day, else nil (a time value the format cannot read).
    static func validDay(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            Month(parsing: String(text.prefix(7))) != nil
        else { return nil }
        return text
    }
}
