/// A query of the distinct values of a `count_distinct` measure per month (`month, value`), so
/// the distinct count of any window is the size of the union of its months' sets.
///
/// ```sql
/// SELECT DISTINCT substr(time, ?, ?) AS "month", CAST(CASE WHEN filter THEN value END AS TEXT) AS "value"
/// FROM … WHERE (source filter) AND (time within the span)
/// ```
///
/// Rows that do not match the measure's filter give a NULL value: they mark the month as having
/// data, so a window with rows but no match counts 0 rather than "no data".
public struct DistinctValuesQuery: Sendable {
    public let title: String
    public let select: SQLSelect
    public let measure: String
}
