import ScorecardModel

/// The one scan of a source's rows that computes all its measures over every window, except
/// period-end measures.
///
/// ```sql
/// SELECT substr(time, ?, ?) AS "month",
///        CASE WHEN filter THEN CAST(ROUND(amount * ?) AS INTEGER) END AS "c1", …,
///        CASE WHEN filter THEN key END AS "k4", …,
///        CASE WHEN filter THEN value END AS "v6", …
///        amount AS "b9", …, "id" AS "row_key"
/// FROM … WHERE (source filter) AND ((time within the span) OR (time unreadable))
/// ```
///
/// There is no grouping in SQL: reading the rows of an in-process database is cheaper than
/// SQLite's sorting for GROUP BY, and one pass serves every kind of measure. The engine adds
/// each component column into its month's aggregate (sums, counts, min, max: decomposable
/// measures combine months into any window), files each key under its month (distinct counts
/// and customer-based measures of any window) and each value in its month's list (exact
/// percentiles). A row whose filter does not match gives NULLs: it only marks the month as
/// having data, so a window with rows but no match is empty rather than "no data". Distinct
/// counts and customer measures with the same key expression and filter share one key column.
/// The checked columns are read as stored and tested by the engine with the same rules as the
/// checks' SQL (a faster path than evaluating that SQL per row), and a row without a readable
/// month key fails the time check; the engine counts such rows and leaves them out of every
/// measure, so rows with an unreadable time are read too.
public struct SourceRowsQuery: Sendable {
    public let title: String
    public let select: SQLSelect
    /// The component columns of the decomposable measures, aggregated per month.
    public let components: [ComponentColumn]
    /// The decomposable measures, combined from the components.
    public let monthly: [MonthlyMeasure]
    /// The key columns and the measures read from each.
    public let keys: [KeyColumn]
    /// The value columns of percentile measures.
    public let values: [ValueColumn]
    /// The columns the source's row checks test, as stored (a column checked twice is read once).
    public let checks: [CheckColumn]
    /// The check of the time column: a row whose month key is NULL or malformed fails it.
    public let timeCheck: RowCheck?
    /// The column holding the row's key (the source's `key`), for examples of bad rows.
    public let keyColumn: Int?

    /// A checked column's raw value and the check it must pass.
    public struct CheckColumn: Sendable {
        public let column: Int
        public let check: RowCheck
    }

    /// A column aggregated per month.
    public struct ComponentColumn: Sendable {
        public let column: Int
        public let aggregate: MonthlyAggregate
        /// The per-row expression (already part of the select).
        public let expression: SQLExpression
    }

    /// A column of row keys (customers, order ids, …) and the measures counting them.
    public struct KeyColumn: Sendable {
        public let column: Int
        /// Distinct-count measures: the number of distinct keys in a window.
        public let distinct: [String]
        /// Customer-based measures, with what each computes from the keys' active months.
        public let customer: [(name: String, kind: CustomerMeasureKind)]
    }

    /// A column of values whose percentile is a measure.
    public struct ValueColumn: Sendable {
        public let column: Int
        public let measure: String
        /// The percentile as a fraction (0.5 for the median).
        public let fraction: Double
        /// Where the measure is defined, for errors about its values.
        public let location: Location
    }
}

/// What a customer-based measure computes from customers' active months.
public enum CustomerMeasureKind: String, Sendable {
    /// Of the customers active in the same-length window just before, the share active in the window.
    case retention
    /// One minus retention.
    case churn
    /// The share of the window's customers with two or more rows in it.
    case repeatRate
    /// Customers whose first row ever falls in the window.
    case newCustomers
}
