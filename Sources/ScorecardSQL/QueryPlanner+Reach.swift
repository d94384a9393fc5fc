import ScorecardModel

/// How far a source's data reaches: the calendar day of its latest time value.
extension QueryPlanner {
    /// The day (`YYYY-MM-DD`) of the source's latest time value over all its rows, or NULL when it
    /// has none. The source's own `where` does not apply: the question is how far the data was
    /// loaded, not which rows count. On the source's own indexed time column the inner `MAX` is one
    /// index lookup; a time column of a joined source needs a scan of the join.
    ///
    /// ```sql
    /// SELECT substr("r"."latest", ?, ?) FROM (SELECT MAX("t0_orders"."ordered_at") AS "latest" FROM "orders" AS "t0_orders") AS "r"
    /// ```
    public func reachQuery(source name: String) -> SQLSelect? {
        guard let source = model.sources[name], source.time != nil else { return nil }
        var scope = scope(for: name)
        let time = scope.timeColumn()
        let (from, joins) = scope.fromClause()
        var latest = SQLSelect(from: from)
        latest.joins = joins
        latest.columns = [SQLResultColumn(.function("MAX", [time]), as: "latest")]
        var select = SQLSelect(from: .subquery(latest, as: "r"))
        select.columns = [SQLResultColumn(.isoDay(.column("r", "latest"), format: scope.timeFormat))]
        return select
    }
}
