import ScorecardModel

/// Customer-based measures broken down by several dimensions in one query: customer-level rows
/// with every dimension's group key (see `CustomerRowsQuery`).
///
/// Only the windows' rows are read, except for new customers, whose earlier rows are looked up
/// per customer (the customer column is indexed in a CRM database).
extension QueryPlanner {
    /// The customer rows of a customer-based measure (retention and churn share one query).
    public func customerRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        switch measure.aggregate.function {
        case .newCustomers: newCustomerRowsQuery(measure, dimensions: dimensions)
        case .repeatRate: repeatRowsQuery(measure, dimensions: dimensions)
        default: transitionRowsQuery(measure, dimensions: dimensions)
        }
    }

    /// The kind of customer rows a customer-based measure is computed from.
    public static func customerRowsKind(of function: AggregateFunction) -> CustomerRowsQuery.Kind {
        switch function {
        case .newCustomers: .newCustomers
        case .repeatRate: .repeatRate
        default: .transitions
        }
    }

    /// ```sql
    /// WITH windows(…), prev(wid, customer, k0, …) AS (SELECT DISTINCT w.id, customer, key0, … JOIN windows w ON time in [plo, phi)),
    ///      cur(wid, customer) AS (SELECT DISTINCT w.id, customer … JOIN windows w ON time in [lo, hi))
    /// SELECT p.wid, p.customer, p.k0, …, c.customer IS NOT NULL FROM prev p LEFT JOIN cur c ON same window and customer
    /// ```
    private func transitionRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        let format = scope(for: measure.source).timeFormat
        let previous = activeRows(measure, lower: "plo", upper: "phi", dimensions: dimensions)
        let current = activeRows(measure, lower: "lo", upper: "hi", dimensions: [])
        var select = SQLSelect(from: .table("prev", as: "p"))
        select.with = [windowsTable(format: format, withPrevious: true), SQLCommonTable("prev", columns: previous.columns, .select(previous.select)),
                       SQLCommonTable("cur", columns: current.columns, .select(current.select))]
        let matches = SQLExpression.binary("AND", .binary("=", .column("c", "wid"), .column("p", "wid")),
                                            .binary("=", .column("c", "customer"), .column("p", "customer")))
        select.joins = [SQLJoin(.left, .table("cur", as: "c"), on: matches)]
        select.columns = previous.columns.map { SQLResultColumn(.column("p", $0)) }
            + [SQLResultColumn(.isNull(.column("c", "customer"), negated: true), as: "kept")]
        return CustomerRowsQuery(title: title("transitions", measure, dimensions), select: select, kind: .transitions,
                                 dimensions: dimensions.map(\.name))
    }

    /// `SELECT DISTINCT w.id AS wid, customer, key0, … JOIN windows w ON time in [lower, upper)`.
    private func activeRows(_ measure: Measure, lower: String, upper: String, dimensions: [Dimension]) -> (select: SQLSelect, columns: [String]) {
        var rows = CustomerRows(self, measure, prefix: lower == "lo" ? "t1" : "t0")
        let keys = dimensions.map { rows.scope.sql(for: $0.expression) }
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.distinct = true
        select.columns = [SQLResultColumn(.column("w", "id"), as: "wid"), SQLResultColumn(rows.customer, as: "customer")]
            + keys.enumerated().map { SQLResultColumn($1, as: "k\($0)") }
        select.joins = rows.scope.fromClause().1 + [SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time, lower: lower, upper: upper))]
        let format = rows.scope.timeFormat
        let only = lower == "lo" ? span(rows.time, format: format) : previousSpan(rows.time, format: format)
        select.filter = allOf(rows.conditions + [only])
        return (select, select.columns.map { $0.alias! })
    }

    /// The time filter covering every window's previous window, so only those rows are read.
    private func previousSpan(_ time: SQLExpression, format: SQLTimeFormat) -> SQLExpression {
        let first = windows.map(\.previousFirstDay).min() ?? 0
        let end = windows.map(\.previousEndDay).max() ?? 0
        return .binary("AND", .binary(">=", time, bound(first, format)), .binary("<", time, bound(end, format)))
    }

    /// ```sql
    /// SELECT w.id, customer, MIN(key0), …, COUNT(*) FROM … JOIN windows w ON time in [lo, hi) GROUP BY w.id, customer
    /// ```
    private func repeatRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        var rows = CustomerRows(self, measure, prefix: "t0")
        let keys = dimensions.map { SQLExpression.function("MIN", [rows.scope.sql(for: $0.expression)]) }
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.with = [windowsTable(format: rows.scope.timeFormat)]
        select.columns = [SQLResultColumn(.column("w", "id")), SQLResultColumn(rows.customer)]
            + keys.map { SQLResultColumn($0) } + [SQLResultColumn(.countRows)]
        select.joins = rows.scope.fromClause().1 + [SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time))]
        select.filter = allOf(rows.conditions + [span(rows.time, format: rows.scope.timeFormat)])
        select.groupBy = [.column("w", "id"), rows.customer]
        return CustomerRowsQuery(title: title("repeat rate", measure, dimensions), select: select, kind: .repeatRate,
                                 dimensions: dimensions.map(\.name))
    }

    /// ```sql
    /// WITH windows(…), new(wid, customer) AS (SELECT DISTINCT w.id, customer … JOIN windows w ON time in [lo, hi)
    ///                                          WHERE NOT EXISTS (the customer's rows before lo))
    /// SELECT n.wid, n.customer, MIN(key0), …, 1 FROM … JOIN new n ON customer = n.customer GROUP BY n.wid, n.customer
    /// ```
    private func newCustomerRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        var rows = CustomerRows(self, measure, prefix: "t0")
        let keys = dimensions.map { SQLExpression.function("MIN", [rows.scope.sql(for: $0.expression)]) }
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.with = [windowsTable(format: rows.scope.timeFormat),
                       SQLCommonTable("new", columns: ["wid", "customer"], .select(firstSeenInWindow(measure)))]
        select.columns = [SQLResultColumn(.column("n", "wid")), SQLResultColumn(.column("n", "customer"))]
            + keys.map { SQLResultColumn($0) } + [SQLResultColumn(.value(.integer(1)))]
        select.joins = rows.scope.fromClause().1 + [SQLJoin(.inner, .table("new", as: "n"), on: .binary("=", rows.customer, .column("n", "customer")))]
        select.filter = allOf(rows.conditions)
        select.groupBy = [.column("n", "wid"), .column("n", "customer")]
        return CustomerRowsQuery(title: title("new customers", measure, dimensions), select: select, kind: .newCustomers,
                                 dimensions: dimensions.map(\.name))
    }

    /// The customers with a row in the window and none before it: their first row falls in the window.
    private func firstSeenInWindow(_ measure: Measure) -> SQLSelect {
        let rows = CustomerRows(self, measure, prefix: "t1")
        let earlier = CustomerRows(self, measure, prefix: "t2")
        var before = SQLSelect(from: earlier.scope.fromClause().0)
        before.columns = [SQLResultColumn(.value(.integer(1)))]
        before.joins = earlier.scope.fromClause().1
        before.filter = allOf(earlier.conditions + [.binary("=", earlier.customer, rows.customer), .binary("<", earlier.time, .column("w", "lo"))])
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.distinct = true
        select.columns = [SQLResultColumn(.column("w", "id")), SQLResultColumn(rows.customer)]
        select.joins = rows.scope.fromClause().1 + [SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time))]
        select.filter = allOf(rows.conditions + [span(rows.time, format: rows.scope.timeFormat), .unary("NOT", .exists(before))])
        return select
    }

    private func title(_ kind: String, _ measure: Measure, _ dimensions: [Dimension]) -> String {
        "customer rows (\(kind)) of source \(measure.source) by \(dimensions.map(\.name).joined(separator: ", ")): \(measure.name)"
    }
}

/// A customer-based measure's rows in one source scope: the time and customer columns and the
/// conditions every counted row meets (source filter, opt-out, customer present, measure filter).
private struct CustomerRows {
    var scope: SourceScope
    let time: SQLExpression
    let customer: SQLExpression
    let conditions: [SQLExpression]

    init(_ planner: QueryPlanner, _ measure: Measure, prefix: String) {
        scope = planner.scope(for: measure.source, prefix: prefix)
        time = scope.timeColumn()
        customer = scope.sql(for: measure.aggregate.argument!)
        var conditions = scope.rowConditions() + [.isNull(customer, negated: true)]
        if let filter = measure.filter { conditions.append(scope.sql(for: filter)) }
        self.conditions = conditions
    }
}
