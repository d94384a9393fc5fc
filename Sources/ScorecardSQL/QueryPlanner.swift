import ScorecardModel

/// Turns measures and time windows into SQL queries.
///
/// The evaluation gets one row scan per source (``planByMonth(measures:)``); a breakdown gets one
/// query for all plain measures of a source and one per measure read at the period's last time point.
///
/// Every measure is aggregated over its own source's rows (joins are many-to-one), so combining
/// measures can never fan out. For plain measures of a breakdown the query is:
///
/// ```sql
/// WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), …)
/// SELECT "w"."id", SUM(CAST(ROUND("t0_orders"."net_amount" * ?) AS INTEGER)) AS "m0", …
/// FROM "orders" AS "t0_orders" LEFT JOIN "customers" AS "t0_customers" ON …
/// JOIN "windows" AS "w" ON ("t0_orders"."ordered_at" >= "w"."lo") AND (… < "w"."hi")
/// WHERE (source filter) AND (time within the span of all windows)
/// GROUP BY "w"."id"
/// ```
public struct QueryPlanner: Sendable {
    /// The checked metrics model whose sources and measures are planned.
    public let model: MetricsModel
    /// The windows every query aggregates over; their bounds are bound values of the `windows` table.
    public let windows: [QueryWindow]

    /// A planner for the model's measures over the given windows.
    public init(model: MetricsModel, windows: [QueryWindow]) {
        self.model = model
        self.windows = windows
    }

    /// The queries computing the named measures over the windows, model-based (CLV) ones left out.
    ///
    /// Every measure but the period-end ones goes into its source's aggregate queries; period-end
    /// measures get window queries. Unknown names are skipped. With `foldingKeyQueries`, for a
    /// database that groups rows itself, a source's first key query is folded into its monthly
    /// query (``SourceAggregateQueries/FoldedKey``): one pass instead of two. SQLite, which adds
    /// months up from a row scan, sorts less with the two. With `monthKeyChecksTimes` (a dialect's
    /// ``SQLDialect/monthKeyTellsUnreadableISOTimes``), an ISO time column's unreadable rows are
    /// counted from the monthly query's groups (``SourceAggregateQueries/CheckedColumn/countsUnreadableMonths``).
    ///
    /// `windowCounts` tells how many of the windows (the first ones) a measure needs, all when it
    /// is not named: a source's queries read the span of its measures' windows only, and a
    /// percentile's values the span of its own (``SourceAggregateQueries/windowCount``).
    public func planByMonth(
        measures names: [String], foldingKeyQueries: Bool = false, monthKeyChecksTimes: Bool = false,
        windowCounts: [String: Int] = [:]
    ) -> MonthPlan {
        let measures = names.sorted().compactMap { model.measures[$0] }.filter { !$0.aggregate.function.isModelBased }
        let byRow = measures.filter { Self.isMonthlyDecomposable($0) || Self.isReadByRow($0) }
        let rest = measures.filter { !Self.isMonthlyDecomposable($0) && !Self.isReadByRow($0) }
        return MonthPlan(
            rows: rowQueries(
                byRow, foldingKeyQueries: foldingKeyQueries, monthKeyChecksTimes: monthKeyChecksTimes,
                windowCounts: windowCounts),
            windowed: plan(measures: rest.map(\.name)))
    }

    /// This planner with only the first `count` windows (all of them when `count` is larger).
    func keepingWindows(_ count: Int) -> QueryPlanner {
        count >= windows.count ? self : QueryPlanner(model: model, windows: Array(windows.prefix(max(0, count))))
    }

    /// The queries of a month-based plan.
    public struct MonthPlan: Sendable {
        /// One set of aggregate queries per source, sorted by source name.
        public let rows: [SourceAggregateQueries]
        /// One window query per period-end measure.
        public let windowed: [PlannedQuery]

        /// Every query's title and statement, in the order they run.
        public var statements: [(title: String, select: SQLSelect)] {
            rows.flatMap(\.statements) + windowed.map { ($0.title, $0.select) }
        }
    }

    /// The queries computing the measures, optionally broken down by a dimension.
    public func plan(measures names: [String], breakdown: Dimension? = nil) -> [PlannedQuery] {
        let measures = names.sorted().compactMap { model.measures[$0] }.filter { !$0.aggregate.function.isModelBased }
        var plainBySource: [String: [Measure]] = [:]
        var queries: [PlannedQuery] = []
        for measure in measures {
            if measure.aggregate.atPeriodEnd {
                queries.append(periodEndQuery(measure, breakdown: breakdown))
            } else {
                plainBySource[measure.source, default: []].append(measure)
            }
        }
        let plain = plainBySource.keys.sorted().map {
            plainQuery(source: $0, measures: plainBySource[$0]!, breakdown: breakdown)
        }
        return plain + queries
    }

    // MARK: Shared pieces

    /// `windows(id, lo, hi[, plo, phi])` with bounds in the source's time format.
    func windowsTable(format: SQLTimeFormat, withPrevious: Bool = false) -> SQLCommonTable {
        let rows = windows.map { window -> [SQLExpression] in
            var row: [SQLExpression] = [
                .value(.integer(Int64(window.id))), bound(window.firstDay, format), bound(window.endDay, format),
            ]
            if withPrevious { row += [bound(window.previousFirstDay, format), bound(window.previousEndDay, format)] }
            return row
        }
        return SQLCommonTable(
            "windows", columns: withPrevious ? ["id", "lo", "hi", "plo", "phi"] : ["id", "lo", "hi"], .values(rows))
    }

    func bound(_ day: Int, _ format: SQLTimeFormat) -> SQLExpression { .value(EpochDay.value(day, format: format)) }

    /// `time >= lo AND time < hi` against the windows table's columns; an ISO time as text, since
    /// the table's bounds are text (a PostgreSQL `date` or `timestamp` column would not compare).
    func within(_ time: SQLExpression, format: SQLTimeFormat, lower: String = "lo", upper: String = "hi")
        -> SQLExpression
    {
        let time = comparable(time, format: format)
        return .binary(
            .and, .binary(.greaterOrEqual, time, .column("w", lower)), .binary(.less, time, .column("w", upper)))
    }

    /// The time as the windows table's bounds compare with it: ISO as text, numbers as they are.
    func comparable(_ time: SQLExpression, format: SQLTimeFormat) -> SQLExpression {
        format == .iso ? .isoText(time) : time
    }

    /// The time filter covering every window (and their previous windows), so indexes can be used.
    func span(_ time: SQLExpression, format: SQLTimeFormat) -> SQLExpression {
        let first = windows.map(\.firstDay).min() ?? 0
        let end = windows.map(\.endDay).max() ?? 0
        return .binary(
            .and, .binary(.greaterOrEqual, time, bound(first, format)), .binary(.less, time, bound(end, format)))
    }

    func scope(for sourceName: String, prefix: String = "t0") -> SourceScope {
        SourceScope(source: model.sources[sourceName]!, model: model, prefix: prefix)
    }

    /// The table holding a source's time column (its own, or a joined source's).
    func timeTable(of source: Source) -> String {
        let owner = source.time?.alias.flatMap { source.joins[$0]?.steps.last?.target } ?? source.name
        return model.sources[owner]?.table ?? source.table
    }

    /// Joins conditions with AND; nil when there are none.
    func allOf(_ conditions: [SQLExpression]) -> SQLExpression? {
        conditions.dropFirst().reduce(conditions.first) { result, next in result.map { .binary(.and, $0, next) } }
    }

    /// The breakdown's group key and size columns for a source scope.
    func groupColumns(_ breakdown: Dimension, scope: inout SourceScope) -> (key: SQLExpression, size: SQLExpression) {
        let key = scope.sql(for: breakdown.expression)
        // Without a customer column the source is not about customers: its groups are never suppressed.
        let size: SQLExpression =
            scope.source.customer.map { .function(.count, [scope.sql(for: $0)], distinct: true) } ?? .value(.null)
        return (key, size)
    }
}
