import ScorecardModel
@testable import ScorecardSQL

/// The earlier SQL for customer-based measures (new customers, retention and churn, repeat
/// purchase rate): one query per measure and dimension. The engine now computes them from row
/// scans and customer rows; ``CustomerBreakdownTests`` keeps this SQL as its reference.
extension QueryPlanner {
    func customerQuery(_ measure: Measure, breakdown: Dimension?) -> PlannedQuery {
        switch measure.aggregate.function {
        case .newCustomers: newCustomersQuery(measure, breakdown: breakdown)
        case .repeatRate: repeatRateQuery(measure, breakdown: breakdown)
        default: retentionQuery(measure, breakdown: breakdown)
        }
    }

    /// The scope's rows with the measure's filter and the source's conditions.
    private func rows(_ measure: Measure, prefix: String) -> (SourceScope, SQLExpression, SQLExpression, [SQLExpression]) {
        var scope = scope(for: measure.source, prefix: prefix)
        let time = scope.timeColumn()
        let customer = scope.sql(for: measure.aggregate.argument!)
        var conditions = scope.rowConditions() + [.isNull(customer, negated: true)]
        if let filter = measure.filter { conditions.append(scope.sql(for: filter)) }
        return (scope, time, customer, conditions)
    }

    /// Customers whose first row ever falls in the window.
    ///
    /// ```sql
    /// WITH windows(…), firsts AS (SELECT customer, MIN(time) AS first_seen FROM … GROUP BY customer)
    /// SELECT w.id, COUNT(*) FROM firsts f JOIN windows w ON f.first_seen >= w.lo AND f.first_seen < w.hi GROUP BY w.id
    /// ```
    func newCustomersQuery(_ measure: Measure, breakdown: Dimension?) -> PlannedQuery {
        var (scope, time, customer, conditions) = rows(measure, prefix: "t0")
        var inner = SQLSelect(from: scope.fromClause().0)
        var innerColumns = [SQLResultColumn(customer, as: "customer"), SQLResultColumn(.function("MIN", [time]), as: "first_seen")]
        if let breakdown { innerColumns.append(SQLResultColumn(.function("MIN", [scope.sql(for: breakdown.expression)]), as: "group_key")) }
        inner.columns = innerColumns
        inner.joins = scope.fromClause().1
        inner.filter = allOf(conditions)
        inner.groupBy = [customer]
        // Every window gets a row (0 when nobody is new), flagged by whether the source has rows there.
        var select = SQLSelect(from: .table("windows", as: "w"))
        select.with = [windowsTable(format: scope.timeFormat), SQLCommonTable("firsts", columns: innerColumns.map { $0.alias! }, .select(inner))]
        select.joins = [SQLJoin(breakdown == nil ? .left : .inner, .table("firsts", as: "f"), on: within(.column("f", "first_seen")))]
        select.columns = [SQLResultColumn(.column("w", "id"))]
        select.groupBy = [.column("w", "id")]
        if breakdown != nil {
            select.columns += [SQLResultColumn(.column("f", "group_key")), SQLResultColumn(.countRows)]
            select.groupBy.append(.column("f", "group_key"))
        }
        select.columns.append(SQLResultColumn(.function("COUNT", [.column("f", "customer")]), as: measure.name))
        select.columns.append(SQLResultColumn(hasRows(scope.source), as: "has_rows"))
        return PlannedQuery(title: "measure \(measure.name): new customers of source \(measure.source)", select: select,
                            isGrouped: breakdown != nil,
                            measures: [PlannedMeasure(name: measure.name, reading: .scaled(column: select.columns.count - 2, divisor: 1))])
    }

    /// Customers active in the previous window, and how many of them are active again in the window.
    func retentionQuery(_ measure: Measure, breakdown: Dimension?) -> PlannedQuery {
        let format = scope(for: measure.source).timeFormat
        let previous = activeCustomers(measure, lower: "plo", upper: "phi", breakdown: breakdown)
        let current = activeCustomers(measure, lower: "lo", upper: "hi", breakdown: nil)
        var select = SQLSelect(from: .table("prev", as: "p"))
        select.with = [windowsTable(format: format, withPrevious: true), SQLCommonTable("prev", columns: previous.columns, .select(previous.select)),
                       SQLCommonTable("cur", columns: current.columns, .select(current.select))]
        let matches = SQLExpression.binary("AND", .binary("=", .column("c", "wid"), .column("p", "wid")),
                                            .binary("=", .column("c", "customer"), .column("p", "customer")))
        select.joins = [SQLJoin(.left, .table("cur", as: "c"), on: matches)]
        select.columns = [SQLResultColumn(.column("p", "wid"))]
        select.groupBy = [.column("p", "wid")]
        if breakdown != nil {
            select.columns += [SQLResultColumn(.column("p", "group_key")), SQLResultColumn(.countRows)]
            select.groupBy.append(.column("p", "group_key"))
        }
        select.columns += [SQLResultColumn(.countRows, as: "base"), SQLResultColumn(.function("COUNT", [.column("c", "customer")]), as: "kept")]
        let reading = PlannedMeasure.Reading.kept(keptColumn: select.columns.count - 1, baseColumn: select.columns.count - 2,
                                                  complement: measure.aggregate.function == .churn)
        return PlannedQuery(title: "measure \(measure.name): \(measure.aggregate.function.rawValue) of source \(measure.source)",
                            select: select, isGrouped: breakdown != nil,
                            measures: [PlannedMeasure(name: measure.name, reading: reading)])
    }

    /// `SELECT DISTINCT w.id AS wid, customer[, group] … JOIN windows w ON time in [lower, upper)`.
    private func activeCustomers(_ measure: Measure, lower: String, upper: String, breakdown: Dimension?) -> (select: SQLSelect, columns: [String]) {
        var (scope, time, customer, conditions) = rows(measure, prefix: lower == "lo" ? "t1" : "t0")
        let first = windows.map { min($0.firstDay, $0.previousFirstDay) }.min() ?? 0
        conditions.append(.binary("AND", .binary(">=", time, bound(first, scope.timeFormat)),
                                  .binary("<", time, bound(windows.map(\.endDay).max() ?? 0, scope.timeFormat))))
        var select = SQLSelect(from: scope.fromClause().0)
        select.distinct = true
        select.columns = [SQLResultColumn(.column("w", "id"), as: "wid"), SQLResultColumn(customer, as: "customer")]
        if let breakdown { select.columns.append(SQLResultColumn(scope.sql(for: breakdown.expression), as: "group_key")) }
        select.joins = scope.fromClause().1 + [SQLJoin(.inner, .table("windows", as: "w"), on: within(time, lower: lower, upper: upper))]
        select.filter = allOf(conditions)
        return (select, select.columns.map { $0.alias! })
    }

    /// The share of the window's customers with two or more rows in it.
    func repeatRateQuery(_ measure: Measure, breakdown: Dimension?) -> PlannedQuery {
        var (scope, time, customer, conditions) = rows(measure, prefix: "t0")
        conditions.append(span(time, format: scope.timeFormat))
        var inner = SQLSelect(from: scope.fromClause().0)
        inner.columns = [SQLResultColumn(.column("w", "id"), as: "wid"), SQLResultColumn(customer, as: "customer"),
                         SQLResultColumn(.countRows, as: "n")]
        if let breakdown { inner.columns.append(SQLResultColumn(.function("MIN", [scope.sql(for: breakdown.expression)]), as: "group_key")) }
        inner.joins = scope.fromClause().1 + [SQLJoin(.inner, .table("windows", as: "w"), on: within(time))]
        inner.filter = allOf(conditions)
        inner.groupBy = [.column("w", "id"), customer]
        var select = SQLSelect(from: .table("per_customer", as: "pc"))
        select.with = [windowsTable(format: scope.timeFormat), SQLCommonTable("per_customer", columns: inner.columns.map { $0.alias! }, .select(inner))]
        select.columns = [SQLResultColumn(.column("pc", "wid"))]
        select.groupBy = [.column("pc", "wid")]
        if breakdown != nil {
            select.columns += [SQLResultColumn(.column("pc", "group_key")), SQLResultColumn(.countRows)]
            select.groupBy.append(.column("pc", "group_key"))
        }
        let repeated = SQLExpression.caseWhen([SQLCase(.binary(">=", .column("pc", "n"), .value(.integer(2))), .value(.real(1)))], otherwise: .value(.real(0)))
        select.columns.append(SQLResultColumn(.function("AVG", [repeated]), as: measure.name))
        return PlannedQuery(title: "measure \(measure.name): repeat rate of source \(measure.source)", select: select,
                            isGrouped: breakdown != nil,
                            measures: [PlannedMeasure(name: measure.name, reading: .scaled(column: select.columns.count - 1, divisor: 1))])
    }

    /// `EXISTS (SELECT 1 FROM time table WHERE time in the window)`: whether the source has rows there.
    private func hasRows(_ source: Source) -> SQLExpression {
        let time = SQLExpression.column("present", source.time!.column)
        var select = SQLSelect(from: .table(timeTable(of: source), as: "present"))
        select.columns = [SQLResultColumn(.value(.integer(1)))]
        select.filter = within(time)
        return .exists(select)
    }
}
