import ScorecardModel

/// How far a source's data reaches: the calendar day of its latest time value.
extension QueryPlanner {
    /// A query for the day (`YYYY-MM-DD`) of a source's latest readable time value.
    ///
    /// The query gives no row, or one holding NULL, when the source has no readable time. The
    /// source's own `where` does not apply: the question is how far the data was loaded, not which
    /// rows count; unreadable times (the bad-rows check's) do not count either. The method returns
    /// nil for an unknown source or one without a time column. The latest time is the first in
    /// descending order, so an index on the time column is walked from its end and the walk stops
    /// at the first readable value:
    ///
    /// ```sql
    /// SELECT substr("r"."latest", ?, ?)
    /// FROM (SELECT "s"."ordered_at" AS "latest" FROM "orders" AS "s" WHERE NOT (<"s"."ordered_at" unreadable>)
    ///       ORDER BY "s"."ordered_at" DESC LIMIT ?) AS "r"
    /// ```
    ///
    /// (`MAX` is the same value, but PostgreSQL, which cannot estimate the readability test,
    /// planned it over a join as a scan of every row: 7.8 s on the 11.3M-line demo, against 30 ms.)
    /// A time column of a joined source is read from that source's table, for the rows some row
    /// of this source reaches through the join path (so its time index still serves):
    ///
    /// ```sql
    /// … (SELECT "j1"."ordered_at" AS "latest" FROM "orders" AS "j1"
    ///    WHERE … AND EXISTS (SELECT 1 FROM "order_lines" AS "j0" WHERE "j0"."order_id" = "j1"."id")
    ///    ORDER BY "j1"."ordered_at" DESC LIMIT ?) AS "r"
    /// ```
    public func reachQuery(source name: String) -> SQLSelect? {
        guard let source = model.sources[name], let time = source.time else { return nil }
        let format = SQLTimeFormat(rawValue: time.format.rawValue) ?? .iso
        var latest: SQLSelect
        if let alias = time.alias, let path = source.joins[alias], !path.steps.isEmpty {
            latest = reachThroughJoins(source, steps: path.steps, column: time.column, format: format)
        } else {
            latest = SQLSelect(from: .table(source.table, as: "s"))
            latest.filter = .unary(.not, .unreadableTime(.column("s", time.column), format: format))
            latest.columns = [SQLResultColumn(.column("s", time.column), as: "latest")]
            latest.orderBy = [.column("s", time.column)]
        }
        latest.descending = true
        latest.limit = 1
        var select = SQLSelect(from: .subquery(latest, as: "r"))
        select.columns = [SQLResultColumn(.isoDay(.column("r", "latest"), format: format))]
        return select
    }

    /// The time of the last joined table's rows that the source's rows reach, one nested
    /// `EXISTS` per join step (`j0` is the source, `jN` the table holding the time column).
    private func reachThroughJoins(_ source: Source, steps: [JoinPath.Step], column: String, format: SQLTimeFormat)
        -> SQLSelect
    {
        func table(_ index: Int) -> String {
            index == 0 ? source.table : (model.sources[steps[index - 1].target]?.table ?? steps[index - 1].target)
        }
        func key(_ index: Int) -> String { model.sources[steps[index - 1].target]?.key ?? "id" }
        var condition: SQLExpression?
        for index in 1...steps.count {
            var inner = SQLSelect(from: .table(table(index - 1), as: "j\(index - 1)"))
            inner.columns = [SQLResultColumn(.value(.integer(1)))]
            let link = SQLExpression.binary(
                .equal, .column("j\(index - 1)", steps[index - 1].column), .column("j\(index)", key(index)))
            inner.filter = condition.map { .binary(.and, link, $0) } ?? link
            condition = .exists(inner)
        }
        let last = steps.count
        var latest = SQLSelect(from: .table(table(last), as: "j\(last)"))
        latest.columns = [SQLResultColumn(.column("j\(last)", column), as: "latest")]
        latest.orderBy = [.column("j\(last)", column)]
        let readable = SQLExpression.unary(.not, .unreadableTime(.column("j\(last)", column), format: format))
        latest.filter = condition.map { .binary(.and, readable, $0) } ?? readable
        return latest
    }
}
