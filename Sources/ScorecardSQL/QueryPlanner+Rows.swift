import ScorecardModel

/// Plans one row scan per source for all its measures except period-end ones.
extension QueryPlanner {
    /// True for measures read from a source's rows key by key or value by value.
    static func isReadByRow(_ measure: Measure) -> Bool {
        guard !measure.aggregate.atPeriodEnd else { return false }
        let function = measure.aggregate.function
        return function.isCustomerBased || [.countDistinct, .median, .percentile].contains(function)
    }

    /// One row scan per source for the given decomposable and row-read measures.
    func rowQueries(_ measures: [Measure]) -> [SourceRowsQuery] {
        let bySource = Dictionary(grouping: measures, by: \.source)
        return bySource.keys.sorted().map { source in
            var builder = RowScanBuilder(planner: self, source: source)
            return builder.query(for: bySource[source]!.sorted { $0.name < $1.name })
        }
    }
}

/// Builds the row scan of one source, column by column.
private struct RowScanBuilder {
    let planner: QueryPlanner
    var scope: SourceScope
    let name: String
    var columns: [SQLResultColumn] = []
    var components: [SourceRowsQuery.ComponentColumn] = []
    var monthly: [MonthlyMeasure] = []
    var keyColumns: [KeyDefinition: Int] = [:]
    var keyMeasures: [Int: (distinct: [String], customer: [(name: String, kind: CustomerMeasureKind)])] = [:]
    var values: [SourceRowsQuery.ValueColumn] = []

    /// What a key column holds: the key expression under the measure's filter.
    struct KeyDefinition: Hashable {
        let key: RowExpression
        let filter: RowExpression?
    }

    init(planner: QueryPlanner, source: String) {
        self.planner = planner
        self.scope = planner.scope(for: source)
        self.name = source
    }

    mutating func query(for measures: [Measure]) -> SourceRowsQuery {
        let time = scope.timeColumn()
        columns = [SQLResultColumn(.monthKey(time, format: scope.timeFormat), as: "month")]
        for measure in measures { add(measure) }
        // Customer measures look back before the windows (first purchase ever, the window before).
        let needsHistory = measures.contains { $0.aggregate.function.isCustomerBased }
        var timeCondition =
            needsHistory ? planner.before(time, format: scope.timeFormat) : planner.span(time, format: scope.timeFormat)
        let checks = scope.rowChecks()
        // An unreadable time gives no month key: the engine counts those rows without a flag column.
        let timeCheck = checks.first { $0.check.problem == .unreadableTime }
        if let timeCheck { timeCondition = .binary(.or, timeCondition, timeCheck.condition) }
        // Checked columns are read as they are stored; the engine tests each value (no SQL per row).
        var rawColumns: [String: Int] = [:]
        let checkColumns = checks.filter { $0.check.problem != .unreadableTime }.map { check in
            let column = rawColumns[check.check.column] ?? columns.count
            if rawColumns[check.check.column] == nil {
                rawColumns[check.check.column] = column
                columns.append(SQLResultColumn(scope.sql(for: check.check.expression), as: "b\(column)"))
            }
            return SourceRowsQuery.CheckColumn(column: column, check: check.check)
        }
        let keyColumn = scope.source.key.map { key -> Int in
            columns.append(SQLResultColumn(scope.sql(for: .column(alias: name, name: key)), as: "row_key"))
            return columns.count - 1
        }
        let conditions = scope.rowConditions(keepingBadRows: true) + [timeCondition]
        var select = SQLSelect(from: scope.fromClause().0)
        select.columns = columns
        select.joins = scope.fromClause().1
        select.filter = planner.allOf(conditions)
        let keys = keyMeasures.keys.sorted().map { column in
            SourceRowsQuery.KeyColumn(
                column: column, distinct: keyMeasures[column]!.distinct, customer: keyMeasures[column]!.customer)
        }
        return SourceRowsQuery(
            title: "rows of source \(name): \(measures.map(\.name).joined(separator: ", "))",
            select: select, components: components, monthly: monthly, keys: keys, values: values,
            checks: checkColumns, timeCheck: timeCheck?.check, keyColumn: keyColumn)
    }

    private mutating func add(_ measure: Measure) {
        if QueryPlanner.isMonthlyDecomposable(measure) {
            let (added, planned) = planner.monthlyColumns(measure, first: columns.count, scope: &scope)
            columns += added.map { SQLResultColumn($0.expression, as: "c\($0.column)") }
            components += added
            monthly.append(planned)
            return
        }
        let argument = scope.sql(for: measure.aggregate.argument!)
        let filtered =
            measure.filter.map { SQLExpression.caseWhen([SQLCase(scope.sql(for: $0), argument)], otherwise: nil) }
            ?? argument
        switch measure.aggregate.function {
        case .median, .percentile:
            values.append(
                .init(
                    column: columns.count, measure: measure.name, fraction: measure.aggregate.fraction ?? 0.5,
                    location: measure.location))
            columns.append(SQLResultColumn(filtered, as: "v\(columns.count)"))
        default:
            let definition = KeyDefinition(key: measure.aggregate.argument!, filter: measure.filter)
            let column = keyColumns[definition] ?? columns.count
            if keyColumns[definition] == nil {
                keyColumns[definition] = column
                columns.append(SQLResultColumn(filtered, as: "k\(column)"))
            }
            if measure.aggregate.function == .countDistinct {
                keyMeasures[column, default: ([], [])].distinct.append(measure.name)
            } else {
                keyMeasures[column, default: ([], [])].customer.append(
                    (measure.name, Self.kind(of: measure.aggregate.function)))
            }
        }
    }

    private static func kind(of function: AggregateFunction) -> CustomerMeasureKind {
        switch function {
        case .retention: .retention
        case .churn: .churn
        case .repeatRate: .repeatRate
        default: .newCustomers
        }
    }
}

extension QueryPlanner {
    /// `time < end of the last window`.
    func before(_ time: SQLExpression, format: SQLTimeFormat) -> SQLExpression {
        .binary(.less, time, bound(windows.map(\.endDay).max() ?? 0, format))
    }
}
