import ScorecardModel

/// Customer-based measures broken down by several dimensions in one query: customer-level rows
/// with every dimension's group key (see `CustomerRowsQuery`).
///
/// Every customer of a group's population is a row, with a flag for the measure's own `where`,
/// so groups are listed and sized as for any other measure of the source. Only the windows' rows
/// are read, except for new customers, whose earlier rows are looked up per customer (the
/// customer column is indexed in a CRM database).
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
    /// WITH windows(…),
    ///      prev(wid, customer, k0, …, base) AS (SELECT w.id, customer, key0, …, MAX(CASE WHEN where THEN 1 ELSE 0 END)
    ///                                        … JOIN windows w ON time in [plo, phi) GROUP BY w.id, customer, key0, …),
    ///      cur(wid, customer) AS (SELECT w.id, customer … JOIN windows w ON time in [lo, hi)
    ///                             GROUP BY w.id, customer HAVING MAX(where flag) = 1)
    /// SELECT p.wid, p.customer, p.k0, …, p.base, c.customer IS NOT NULL FROM prev p LEFT JOIN cur c ON same window and customer
    /// ```
    private func transitionRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        let format = scope(for: measure.source).timeFormat
        let previous = populationRows(measure, lower: "plo", upper: "phi", dimensions: dimensions)
        let current = activeRows(measure)
        var select = SQLSelect(from: .table("prev", as: "p"))
        select.with = [
            windowsTable(format: format, withPrevious: true),
            SQLCommonTable("prev", columns: previous.columns, .select(previous.select)),
            SQLCommonTable("cur", columns: ["wid", "customer"], .select(current)),
        ]
        let matches = SQLExpression.binary(
            .and, .binary(.equal, .column("c", "wid"), .column("p", "wid")),
            .binary(.equal, .column("c", "customer"), .column("p", "customer")))
        select.joins = [SQLJoin(.left, .table("cur", as: "c"), on: matches)]
        select.columns =
            previous.columns.map { SQLResultColumn(.column("p", $0)) }
            + [SQLResultColumn(.isNull(.column("c", "customer"), negated: true), as: "kept")]
        return CustomerRowsQuery(
            title: title("transitions", measure, dimensions), select: select, kind: .transitions,
            dimensions: dimensions.map(\.name))
    }

    /// The population of the previous windows, one row per window, customer and combination of keys:
    /// `SELECT w.id AS wid, customer, key0 AS k0, …, MAX(where flag) AS base … GROUP BY w.id, customer, key0, …`.
    private func populationRows(_ measure: Measure, lower: String, upper: String, dimensions: [Dimension]) -> (
        select: SQLSelect, columns: [String]
    ) {
        var rows = CustomerRows(self, measure, prefix: "t0")
        let keys = dimensions.map { rows.scope.sql(for: $0.expression) }
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.columns =
            [SQLResultColumn(.column("w", "id"), as: "wid"), SQLResultColumn(rows.customer, as: "customer")]
            + keys.enumerated().map { SQLResultColumn($1, as: "k\($0)") }
            + [SQLResultColumn(.function(.max, [rows.matchFlag]), as: "base")]
        select.joins =
            rows.scope.fromClause().1 + [
                SQLJoin(
                    .inner, .table("windows", as: "w"),
                    on: within(rows.time, format: rows.scope.timeFormat, lower: lower, upper: upper))
            ]
        select.filter = allOf(rows.population + [previousSpan(rows.time, format: rows.scope.timeFormat)])
        select.groupBy = [.column("w", "id"), rows.customer] + keys
        return (select, select.columns.map { $0.alias! })
    }

    /// The customers matching the measure's `where` in each window:
    /// `SELECT w.id AS wid, customer … JOIN windows w ON time in [lo, hi) WHERE … GROUP BY w.id, customer
    /// HAVING MAX(where flag) = 1`.
    ///
    /// The `where` is tested on the groups, not in `WHERE`, so the database reads the windows' rows
    /// through the time: with an equality on a column there, SQLite first builds an index on that
    /// column over the whole table.
    private func activeRows(_ measure: Measure) -> SQLSelect {
        let rows = CustomerRows(self, measure, prefix: "t1")
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.columns = [
            SQLResultColumn(.column("w", "id"), as: "wid"), SQLResultColumn(rows.customer, as: "customer"),
        ]
        select.joins =
            rows.scope.fromClause().1 + [
                SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time, format: rows.scope.timeFormat))
            ]
        select.filter = allOf(rows.population + [span(rows.time, format: rows.scope.timeFormat)])
        select.groupBy = [.column("w", "id"), rows.customer]
        select.having = rows.anyMatch
        return select
    }

    /// The time filter covering every window's previous window, so only those rows are read.
    private func previousSpan(_ time: SQLExpression, format: SQLTimeFormat) -> SQLExpression {
        let first = windows.map(\.previousFirstDay).min() ?? 0
        let end = windows.map(\.previousEndDay).max() ?? 0
        return .binary(
            .and, .binary(.greaterOrEqual, time, bound(first, format)), .binary(.less, time, bound(end, format)))
    }

    /// ```sql
    /// SELECT w.id, customer, MIN(key0), …, MAX(where flag), SUM(where flag) FROM … JOIN windows w ON time in [lo, hi)
    /// GROUP BY w.id, customer
    /// ```
    private func repeatRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        var rows = CustomerRows(self, measure, prefix: "t0")
        let keys = dimensions.map { SQLExpression.function(.min, [rows.scope.sql(for: $0.expression)]) }
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.with = [windowsTable(format: rows.scope.timeFormat)]
        select.columns =
            [SQLResultColumn(.column("w", "id")), SQLResultColumn(rows.customer)] + keys.map { SQLResultColumn($0) }
            + [
                SQLResultColumn(.function(.max, [rows.matchFlag])),
                SQLResultColumn(.function(.sum, [rows.matchFlag])),
            ]
        select.joins =
            rows.scope.fromClause().1 + [
                SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time, format: rows.scope.timeFormat))
            ]
        select.filter = allOf(rows.population + [span(rows.time, format: rows.scope.timeFormat)])
        select.groupBy = [.column("w", "id"), rows.customer]
        return CustomerRowsQuery(
            title: title("repeat rate", measure, dimensions), select: select, kind: .repeatRate,
            dimensions: dimensions.map(\.name))
    }

    /// ```sql
    /// WITH windows(…), new(wid, customer) AS (SELECT w.id, customer … JOIN windows w ON time in [lo, hi)
    ///                                          WHERE NOT EXISTS (the customer's rows matching where before lo)
    ///                                          GROUP BY w.id, customer HAVING MAX(where flag) = 1)
    /// SELECT w.id, customer, MIN(key0), …, MAX(where flag), MAX(CASE WHEN n.customer IS NOT NULL THEN 1 ELSE 0 END) FROM … JOIN windows w ON time in [lo, hi)
    /// LEFT JOIN new n ON n.wid = w.id AND n.customer = customer GROUP BY w.id, customer
    /// ```
    private func newCustomerRowsQuery(_ measure: Measure, dimensions: [Dimension]) -> CustomerRowsQuery {
        var rows = CustomerRows(self, measure, prefix: "t0")
        let keys = dimensions.map { SQLExpression.function(.min, [rows.scope.sql(for: $0.expression)]) }
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.with = [
            windowsTable(format: rows.scope.timeFormat),
            SQLCommonTable("new", columns: ["wid", "customer"], .select(firstSeenInWindow(measure))),
        ]
        let isNew = SQLExpression.caseWhen(
            [SQLCase(.isNull(.column("n", "customer"), negated: true), .value(.integer(1)))],
            otherwise: .value(.integer(0)))
        select.columns =
            [SQLResultColumn(.column("w", "id")), SQLResultColumn(rows.customer)] + keys.map { SQLResultColumn($0) }
            + [SQLResultColumn(.function(.max, [rows.matchFlag])), SQLResultColumn(.function(.max, [isNew]))]
        let sameCustomer = SQLExpression.binary(
            .and, .binary(.equal, .column("n", "wid"), .column("w", "id")),
            .binary(.equal, .column("n", "customer"), rows.customer))
        select.joins =
            rows.scope.fromClause().1 + [
                SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time, format: rows.scope.timeFormat)),
                SQLJoin(.left, .table("new", as: "n"), on: sameCustomer),
            ]
        select.filter = allOf(rows.population + [span(rows.time, format: rows.scope.timeFormat)])
        select.groupBy = [.column("w", "id"), rows.customer]
        return CustomerRowsQuery(
            title: title("new customers", measure, dimensions), select: select, kind: .newCustomers,
            dimensions: dimensions.map(\.name))
    }

    /// The customers with a row matching the measure's `where` in the window and none before it:
    /// their first such row falls in the window. The `where` is tested per window and customer
    /// (`HAVING`), as in ``activeRows(_:)``; the earlier rows stay in `WHERE`, which PostgreSQL
    /// turns into an anti-join (in `HAVING` it ran the lookup once per customer: about forty times slower).
    private func firstSeenInWindow(_ measure: Measure) -> SQLSelect {
        let rows = CustomerRows(self, measure, prefix: "t1")
        let earlier = CustomerRows(self, measure, prefix: "t2")
        var before = SQLSelect(from: earlier.scope.fromClause().0)
        before.columns = [SQLResultColumn(.value(.integer(1)))]
        before.joins = earlier.scope.fromClause().1
        before.filter = allOf(
            earlier.matching + [
                .binary(.equal, earlier.customer, rows.customer),
                .binary(.less, comparable(earlier.time, format: rows.scope.timeFormat), .column("w", "lo")),
            ])
        var select = SQLSelect(from: rows.scope.fromClause().0)
        select.columns = [SQLResultColumn(.column("w", "id")), SQLResultColumn(rows.customer)]
        select.joins =
            rows.scope.fromClause().1 + [
                SQLJoin(.inner, .table("windows", as: "w"), on: within(rows.time, format: rows.scope.timeFormat))
            ]
        select.filter = allOf(
            rows.population + [span(rows.time, format: rows.scope.timeFormat), .unary(.not, .exists(before))])
        select.groupBy = [.column("w", "id"), rows.customer]
        select.having = rows.anyMatch
        return select
    }

    private func title(_ kind: String, _ measure: Measure, _ dimensions: [Dimension]) -> String {
        "customer rows (\(kind)) of source \(measure.source) by \(dimensions.map(\.name).joined(separator: ", ")): \(measure.name)"
    }
}

/// A customer-based measure's rows in one source scope: the time and customer columns, the
/// conditions of the population (source filter, opt-out, customer present) and the measure's
/// own `where` on top of them.
private struct CustomerRows {
    var scope: SourceScope
    let time: SQLExpression
    let customer: SQLExpression
    /// The conditions of the group's population: every row of the source about a customer.
    let population: [SQLExpression]
    /// The measure's `where`, if any.
    let filter: SQLExpression?

    init(_ planner: QueryPlanner, _ measure: Measure, prefix: String) {
        scope = planner.scope(for: measure.source, prefix: prefix)
        time = scope.timeColumn()
        customer = scope.sql(for: measure.aggregate.argument!)
        population = scope.rowConditions() + [.isNull(customer, negated: true)]
        var filter: SQLExpression?
        if let condition = measure.filter { filter = scope.sql(for: condition) }
        self.filter = filter
    }

    /// The rows the measure counts: the population's with the measure's `where`.
    var matching: [SQLExpression] { population + (filter.map { [$0] } ?? []) }

    /// 1 for a row matching the measure's `where`, else 0 (1 for every row without one).
    var matchFlag: SQLExpression {
        guard let filter else { return .value(.integer(1)) }
        return .caseWhen([SQLCase(filter, .value(.integer(1)))], otherwise: .value(.integer(0)))
    }

    /// `MAX(where flag) = 1`: a group holds a row matching the measure's `where`; nil without one.
    var anyMatch: SQLExpression? {
        guard filter != nil else { return nil }
        return .binary(.equal, .function(.max, [matchFlag]), .value(.integer(1)))
    }
}
