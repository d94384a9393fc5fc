import ScorecardModel

/// Plans the aggregate queries of each source for all its measures except period-end ones.
extension QueryPlanner {
    /// True for measures aggregated key by key or value by value (distinct counts, customer
    /// measures, percentiles) rather than month by month.
    static func isReadByRow(_ measure: Measure) -> Bool {
        guard !measure.aggregate.atPeriodEnd else { return false }
        let function = measure.aggregate.function
        return function.isCustomerBased || [.countDistinct, .median, .percentile].contains(function)
    }

    /// One set of aggregate queries per source for the given decomposable and row-read measures.
    ///
    /// Each source's queries cover the windows its measures need (`windowCounts`, see
    /// ``planByMonth(measures:foldingKeyQueries:monthKeyChecksTimes:windowCounts:)``).
    func rowQueries(
        _ measures: [Measure], foldingKeyQueries: Bool, monthKeyChecksTimes: Bool, windowCounts: [String: Int] = [:]
    ) -> [SourceAggregateQueries] {
        let bySource = Dictionary(grouping: measures, by: \.source)
        let count = { (measure: Measure) in min(windowCounts[measure.name] ?? windows.count, windows.count) }
        return bySource.keys.sorted().map { source in
            let sourceMeasures = bySource[source, default: []].sorted { $0.name < $1.name }
            var builder = SourceAggregatesBuilder(
                planner: keepingWindows(sourceMeasures.map(count).max() ?? windows.count), source: source,
                foldingKeyQueries: foldingKeyQueries, monthKeyChecksTimes: monthKeyChecksTimes,
                windowCounts: Dictionary(uniqueKeysWithValues: sourceMeasures.map { ($0.name, count($0)) }))
            return builder.queries(for: sourceMeasures)
        }
    }
}

/// Builds the aggregate queries of one source (``SourceAggregateQueries``).
private struct SourceAggregatesBuilder {
    let planner: QueryPlanner
    var scope: SourceScope
    let name: String
    var components: [SourceAggregateQueries.ComponentColumn] = []
    var measures: [MonthlyMeasure] = []
    var keys: [KeyDefinition] = []
    /// Each key definition's key, the key as it is grouped and read (``SourceScope/keyText(_:)``), and filter in SQL.
    var keySQL: [KeyDefinition: (key: SQLExpression, text: SQLExpression, filter: SQLExpression?)] = [:]
    var keyMeasures: [KeyDefinition: (distinct: [String], customer: [(name: String, kind: CustomerMeasureKind)])] =
        [:]
    var values: [(measure: Measure, value: SQLExpression, filter: SQLExpression?)] = []
    /// The distinct counts' component columns with what the scan reads for each: the key as stored, filtered.
    var distinctScanned: [Int: SQLExpression] = [:]
    /// The distinct counts' keys as stored, each once: the scan's order when there is one.
    var distinctKeys: [SQLExpression] = []
    /// The aliases the measures' arguments and filters read.
    var readAliases: Set<String> = []

    /// What a key query counts: the key expression under the measure's filter.
    struct KeyDefinition: Hashable {
        let key: RowExpression
        let filter: RowExpression?
    }

    /// Whether the first key query is folded into the monthly query (``SourceAggregateQueries/FoldedKey``).
    let foldsKeyQuery: Bool
    /// Whether the month key tells an ISO time column's unreadable rows (``SQLDialect/monthKeyTellsUnreadableISOTimes``).
    let monthKeyChecksTimes: Bool
    /// How many of the planner's windows each measure needs (a percentile's values are read for its own).
    let windowCounts: [String: Int]

    /// The first component's column in the monthly query, after the month and its row count.
    static let firstComponent = 2

    init(
        planner: QueryPlanner, source: String, foldingKeyQueries: Bool, monthKeyChecksTimes: Bool,
        windowCounts: [String: Int]
    ) {
        self.planner = planner
        self.foldsKeyQuery = foldingKeyQueries
        self.monthKeyChecksTimes = monthKeyChecksTimes
        self.windowCounts = windowCounts
        self.scope = planner.scope(for: source)
        self.name = source
    }

    mutating func queries(for sourceMeasures: [Measure]) -> SourceAggregateQueries {
        let time = scope.timeColumn()
        let month = SQLExpression.monthKey(time, format: scope.timeFormat)
        for measure in sourceMeasures { add(measure) }
        // Customer measures look back before the windows (first purchase ever, the window before).
        let needsHistory = sourceMeasures.contains { $0.aggregate.function.isCustomerBased }
        let timeCondition =
            needsHistory ? planner.before(time, format: scope.timeFormat) : planner.span(time, format: scope.timeFormat)
        let checks = scope.rowChecks()
        // Every expression is translated before any select is made, so all of them have the same joins.
        let rowKey = scope.source.key.map { scope.sql(for: .column(alias: name, name: $0)) }
        // Rows with an unreadable time are looked at by the checks only.
        let checkedTime = checks.first { $0.check.problem == .unreadableTime }.map {
            SQLExpression.binary(.or, timeCondition, $0.condition)
        }
        let allRows = scope.rowConditions(keepingBadRows: true) + [checkedTime ?? timeCondition]
        let goodRows = scope.rowConditions(keepingBadRows: false) + [timeCondition]
        let keyQueries = keys.map { keyQuery($0, month: month, conditions: goodRows) }
        let separateCounts = planner.model.settings.badRows == .skip
        // The monthly columns after the month: rows, components, value counts, then (`stop`) check counts.
        var columns: [SourceAggregateQueries.MonthlyColumn] =
            [.init(name: "rows", aggregate: .rows, expression: .value(.integer(1)))]
            + components.map {
                .init(
                    name: "c\($0.column)", aggregate: $0.aggregate, expression: $0.expression,
                    scanExpression: distinctScanned[$0.column])
            }
        let firstValueCount = 1 + columns.count
        columns += values.enumerated().map { offset, value in
            .init(name: "n\(offset)", aggregate: .count, expression: filtered(value.value, value.filter))
        }
        let valueQueries = values.enumerated().map { offset, value in
            let windows = min(windowCounts[value.measure.name] ?? planner.windows.count, planner.windows.count)
            let span = planner.keepingWindows(windows).span(time, format: scope.timeFormat)
            return valueQuery(
                value, countColumn: firstValueCount + offset, month: month, windowCount: windows,
                conditions: scope.rowConditions(keepingBadRows: false) + [span])
        }
        // An ISO time's unreadable rows are the rows under a month key that is no month, when the
        // dialect's test reads the key's characters: counted from the groups, not tested per row.
        let monthKeyChecksTimes = monthKeyChecksTimes && !separateCounts
        let fromMonths = { (check: (check: RowCheck, condition: SQLExpression)) -> Bool in
            guard monthKeyChecksTimes, case .unreadableTime(time, .iso) = check.condition else { return false }
            return true
        }
        let checkColumns = checks.filter { !fromMonths($0) }.enumerated().map { offset, check in
            let scanned = scope.scannedCheck(check.check)
            return SourceAggregateQueries.MonthlyColumn(
                name: "bad\(offset)", aggregate: .sum, expression: flag(check.condition),
                scanExpression: scanned?.column, scanCheck: scanned?.test)
        }
        let firstCount = separateCounts ? 0 : 1 + columns.count
        if !separateCounts { columns += checkColumns }
        var checked: [SourceAggregateQueries.CheckedColumn] = []
        var nextCount = firstCount
        for check in checks {
            let counted = !fromMonths(check)
            checked.append(
                SourceAggregateQueries.CheckedColumn(
                    check: check.check, countColumn: counted ? nextCount : 1, countsUnreadableMonths: !counted,
                    examples: rowKey.map { examplesQuery($0, failing: check.condition, conditions: allRows) }))
            if counted { nextCount += 1 }
        }
        let (monthly, scan, folded, scanKey) = monthlySelects(
            month: month, columns: columns, conditions: separateCounts ? goodRows : allRows)
        var queries = SourceAggregateQueries(
            title: "months \(folded == nil ? "" : "and keys ")of source \(name): "
                + sourceMeasures.map(\.name).joined(separator: ", "),
            monthly: monthly, monthlyColumns: columns, monthlyScan: scan, scanKey: scanKey, components: components,
            measures: measures,
            checks: checked,
            checkCounts: separateCounts && !checkColumns.isEmpty
                ? select(checkColumns.map { SQLResultColumn(Self.aggregate($0), as: $0.name) }, allRows) : nil,
            keys: keyQueries, foldedKey: folded, values: valueQueries, windowCount: planner.windows.count)
        if let scan, !separateCounts {
            queries.customerFilterScan = customerFilterScan(
                scan, timeCondition: checkedTime ?? timeCondition,
                reading: checks.reduce(into: readAliases) { $0.formUnion($1.check.expression.aliases) })
        }
        return queries
    }

    /// The scan without the joins only the customer decides, when the rows' conditions on them
    /// can be told per customer and nothing else the scan reads needs them.
    private mutating func customerFilterScan(_ scan: SQLSelect, timeCondition: SQLExpression, reading: Set<String>)
        -> SourceAggregateQueries.CustomerFilterScan?
    {
        let source = scope.source
        guard case .column(source.name, let customerColumn) = source.customer,
            let split = CustomerAliases(source: source, customerColumn: customerColumn, model: planner.model),
            split.none(reading.union([source.time?.alias ?? source.name])),
            let parts = split.partition(source.conditionParts, aliases: \.aliases), !parts.customer.isEmpty
        else { return nil }
        var splitScan = scan
        let customerAliases = Set(split.aliases.map(scope.tableAlias))
        splitScan.joins = scan.joins.filter { join in
            guard case .table(_, let alias?) = join.table else { return true }
            return !customerAliases.contains(alias)
        }
        splitScan.filter = planner.allOf(parts.row.map { scope.sql(for: $0) } + [timeCondition])
        splitScan.columns.append(SQLResultColumn(scope.sql(for: source.customer!), as: "customer"))
        return SourceAggregateQueries.CustomerFilterScan(
            scan: splitScan, customerColumn: splitScan.columns.count - 1,
            customers: planner.customerQuery(split, parts.customer, [], absent: false),
            absentCustomer: planner.customerQuery(split, parts.customer, [], absent: true))
    }

    /// The monthly query, its row scan and the first key query folded into the one or carried by the other.
    ///
    /// When folding, with a key query and no distinct count per month, the first key query is folded in: the
    /// monthly query groups by key and month, with the key and its filtered rows as two more
    /// columns (``SourceAggregateQueries/FoldedKey``), and there is no scan. Otherwise the scan
    /// carries the first key query's key and filter (``SourceAggregateQueries/ScanKey``), unless
    /// it counts distinct keys: then it is ordered by their key and carries no key query.
    private func monthlySelects(
        month: SQLExpression, columns: [SourceAggregateQueries.MonthlyColumn], conditions: [SQLExpression]
    ) -> (SQLSelect, SQLSelect?, SourceAggregateQueries.FoldedKey?, SourceAggregateQueries.ScanKey?) {
        var resultColumns =
            [SQLResultColumn(month, as: "month")] + columns.map { SQLResultColumn(Self.aggregate($0), as: $0.name) }
        let countsDistinct = columns.contains { $0.aggregate == .distinct }
        guard foldsKeyQuery, let definition = keys.first, !countsDistinct else {
            var monthly = select(resultColumns, conditions)
            monthly.groupBy = [month]
            var scanColumns =
                [SQLResultColumn(month, as: "month")]
                + columns.map { SQLResultColumn($0.scanExpression ?? $0.expression, as: $0.name) }
            guard !countsDistinct else {
                guard distinctKeys.count == 1 else { return (monthly, nil, nil, nil) }
                var scan = select(scanColumns, conditions)
                scan.orderBy = distinctKeys
                return (monthly, scan, nil, nil)
            }
            let scanKey = keys.first.map { definition in
                let (key, _, filter) = keySQL[definition] ?? (.value(.null), .value(.null), nil)
                scanColumns.append(SQLResultColumn(key, as: "key"))
                guard let filter else {
                    return SourceAggregateQueries.ScanKey(keyColumn: scanColumns.count - 1, filterColumn: nil)
                }
                scanColumns.append(SQLResultColumn(flag(filter), as: "key_filter"))
                return SourceAggregateQueries.ScanKey(
                    keyColumn: scanColumns.count - 2, filterColumn: scanColumns.count - 1)
            }
            return (monthly, select(scanColumns, conditions), nil, scanKey)
        }
        let (_, asText, filter) = keySQL[definition] ?? (.value(.null), .value(.null), nil)
        let keyRows = filter.map { SQLExpression.function(.sum, [flag($0)]) } ?? .countRows
        resultColumns += [SQLResultColumn(asText, as: "key"), SQLResultColumn(keyRows, as: "key_rows")]
        var monthly = select(resultColumns, conditions)
        monthly.groupBy = [asText, month]
        monthly.orderBy = [asText, month]
        let folded = SourceAggregateQueries.FoldedKey(
            keyColumn: resultColumns.count - 2, rowsColumn: resultColumns.count - 1)
        return (monthly, nil, folded, nil)
    }

    /// `CASE WHEN filter THEN value END`, or the value when there is no filter.
    private func filtered(_ value: SQLExpression, _ filter: SQLExpression?) -> SQLExpression {
        filter.map { .caseWhen([SQLCase($0, value)], otherwise: nil) } ?? value
    }

    private mutating func add(_ measure: Measure) {
        readAliases.formUnion(measure.aggregate.argument?.aliases ?? [])
        readAliases.formUnion(measure.filter?.aliases ?? [])
        if QueryPlanner.isMonthlyDecomposable(measure) {
            let first = Self.firstComponent + components.count
            let (added, planned) = planner.monthlyColumns(measure, first: first, scope: &scope)
            components += added
            measures.append(planned)
            return
        }
        guard let argument = measure.aggregate.argument else { return }
        if measure.aggregate.function == .countDistinct, scope.keyFixesTime(argument) {
            addMonthlyDistinct(measure, argument)
            return
        }
        switch measure.aggregate.function {
        case .median, .percentile:
            values.append((measure, scope.sql(for: argument), measure.filter.map { scope.sql(for: $0) }))
        default:
            let definition = KeyDefinition(key: argument, filter: measure.filter)
            if keyMeasures[definition] == nil {
                keys.append(definition)
                keySQL[definition] = (
                    scope.sql(for: argument), scope.keyText(argument), measure.filter.map { scope.sql(for: $0) }
                )
            }
            if measure.aggregate.function == .countDistinct {
                keyMeasures[definition, default: ([], [])].distinct.append(measure.name)
            } else {
                keyMeasures[definition, default: ([], [])].customer.append(
                    (measure.name, Self.kind(of: measure.aggregate.function)))
            }
        }
    }

    /// A distinct count of a key that fixes the month, counted per month by the database
    /// (`COUNT(DISTINCT CAST(key AS TEXT))`): no month shares a value with another, so they add up.
    /// The row scan reads the key as stored and is ordered by it.
    private mutating func addMonthlyDistinct(_ measure: Measure, _ argument: RowExpression) {
        let first = Self.firstComponent + components.count
        let filter = measure.filter.map { scope.sql(for: $0) }
        let stored = scope.sql(for: argument)
        components.append(
            .init(column: first, aggregate: .distinct, expression: filtered(scope.keyText(argument), filter)))
        distinctScanned[first] = filtered(stored, filter)
        if !distinctKeys.contains(stored) { distinctKeys.append(stored) }
        measures.append(MonthlyMeasure(name: measure.name, combination: .sum(first), divisor: 1))
    }

    /// `SELECT CAST(key AS TEXT), month, COUNT(*) … GROUP BY 1, 2 ORDER BY 1, 2`: keys compare as
    /// text, so the integer 42 and the text '42' (in a column without a type) are one customer;
    /// a column typed as an integer is grouped as itself (``SourceScope/keyText(_:)``).
    private func keyQuery(_ definition: KeyDefinition, month: SQLExpression, conditions: [SQLExpression])
        -> SourceAggregateQueries.KeyQuery
    {
        let (key, asText, filter) = keySQL[definition] ?? (.value(.null), .value(.null), nil)
        var query = select(
            [
                SQLResultColumn(asText, as: "key"), SQLResultColumn(month, as: "month"),
                SQLResultColumn(.countRows, as: "rows"),
            ],
            conditions + (filter.map { [$0] } ?? []) + [.isNull(key, negated: true)])
        query.groupBy = [asText, month]
        query.orderBy = [asText, month]
        let measures = keyMeasures[definition, default: ([], [])]
        return .init(
            title:
                "keys of source \(name): \((measures.distinct + measures.customer.map(\.name)).joined(separator: ", "))",
            select: query, distinct: measures.distinct, customer: measures.customer)
    }

    /// `SELECT month, value … ORDER BY CAST(value AS REAL)`: the database sorts, spilling to disk
    /// if it must; the monthly query counts the values (column `countColumn`).
    private func valueQuery(
        _ value: (measure: Measure, value: SQLExpression, filter: SQLExpression?), countColumn: Int,
        month: SQLExpression, windowCount: Int, conditions: [SQLExpression]
    ) -> SourceAggregateQueries.ValueQuery {
        var query = select(
            [SQLResultColumn(month, as: "month"), SQLResultColumn(value.value, as: "value")],
            conditions + (value.filter.map { [$0] } ?? []) + [.isNull(value.value, negated: true)])
        query.orderBy = [.cast(value.value, .real)]
        return .init(
            title: "values of source \(name): \(value.measure.name)", countColumn: countColumn, select: query,
            measure: value.measure.name, fraction: value.measure.aggregate.fraction ?? 0.5,
            location: value.measure.location, windowCount: windowCount)
    }

    /// The keys of the first few rows failing a check, when the source has a key.
    private func examplesQuery(_ key: SQLExpression, failing condition: SQLExpression, conditions: [SQLExpression])
        -> SQLSelect
    {
        var query = select([SQLResultColumn(key, as: "row_key")], conditions + [condition])
        query.limit = BadRowsLimit.examples
        return query
    }

    /// A select over the source's rows (with the joins its expressions use).
    private func select(_ columns: [SQLResultColumn], _ conditions: [SQLExpression]) -> SQLSelect {
        let (from, joins) = scope.fromClause()
        var query = SQLSelect(from: from)
        query.columns = columns
        query.joins = joins
        query.filter = planner.allOf(conditions)
        return query
    }

    private func flag(_ condition: SQLExpression) -> SQLExpression {
        .caseWhen([SQLCase(condition, .value(.integer(1)))], otherwise: .value(.integer(0)))
    }

    /// A monthly column in SQL: `COUNT(*)`, `SUM(x)`, `COUNT(x)`, `MIN(CAST(x AS REAL))`, …; min and
    /// max compare numbers, also those stored as text (SQL would order any text above every number).
    private static func aggregate(_ column: SourceAggregateQueries.MonthlyColumn) -> SQLExpression {
        switch column.aggregate {
        case .rows: .countRows
        case .sum: .function(.sum, [column.expression])
        case .count: .function(.count, [column.expression])
        case .minimum: .function(.min, [.cast(column.expression, .real)])
        case .maximum: .function(.max, [.cast(column.expression, .real)])
        case .distinct: .function(.count, [column.expression], distinct: true)
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

/// How many example keys of bad rows are read.
public enum BadRowsLimit {
    /// At most this many keys of failing rows are read per row check (the examples query's `LIMIT`).
    public static let examples = 5
}

extension QueryPlanner {
    /// `time < end of the last window`.
    func before(_ time: SQLExpression, format: SQLTimeFormat) -> SQLExpression {
        .binary(.less, time, bound(windows.map(\.endDay).max() ?? 0, format))
    }
}
