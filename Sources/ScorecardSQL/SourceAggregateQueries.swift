import ScorecardModel

/// The queries that aggregate one source's measures, period-end ones aside, for every window.
///
/// The database aggregates; the engine only combines months into windows.
///
/// ```sql
/// -- monthly: one row per month, the decomposable measures' components, the percentiles' value counts
/// SELECT substr(time, ?, ?) AS "month", COUNT(*) AS "rows",
///        SUM(CASE WHEN filter THEN CAST(ROUND(amount * ?) AS INTEGER) END) AS "c2", …,
///        COUNT(CASE WHEN filter THEN value END) AS "n0", …
/// FROM … WHERE (source filter) AND (time within the span) GROUP BY month
/// -- per key column (distinct counts, customer measures): one row per key and month
/// SELECT CAST(key AS TEXT) AS "key", month, COUNT(*) AS "rows" FROM … WHERE … AND key IS NOT NULL
/// GROUP BY key, month ORDER BY key, month
/// -- or, on a database that groups itself, the first key query folded into the monthly one:
/// SELECT month, COUNT(*) AS "rows", …components…, CAST(key AS TEXT) AS "key", SUM(filter) AS "key_rows"
/// FROM … WHERE … GROUP BY key, month ORDER BY key, month
/// -- per percentile measure: its values, sorted by the database
/// SELECT month, value FROM … WHERE … AND value IS NOT NULL ORDER BY CAST(value AS REAL)
/// ```
///
/// A distinct count of a key that fixes the month (an order's lines counted by order) is a
/// monthly component, `COUNT(DISTINCT …)`, as no two months share a key.
///
/// Months combine into any window: sums, counts, min and max per month (``MonthlyMeasure``);
/// a key's months give its distinct counts, retention, repeat rate and first month (keys compare
/// as text: 42 and '42' are one); a window's exact percentile is read off the sorted
/// values by rank, right after the monthly query has counted them. Nothing the engine keeps grows with
/// the rows: the key rows stream in key order, one key at a time, and the sorted values stream
/// past per-window rank counters. A row whose filter does not match still counts in "rows": it
/// marks the month as having data, so a window with rows but no match is empty, not "no data".
///
/// The row checks (``RowCheck``) are counted in the same pass as the months when bad rows stop
/// the run (`bad_rows stop`, the default: any count fails it); with `bad_rows skip` every query
/// leaves the failing rows out and ``checkCounts`` counts them on its own.
public struct SourceAggregateQueries: Sendable {
    /// `months of source NAME: measure, …`, the monthly query's title in `explain`.
    public let title: String
    /// One row per month: the month key, the rows in it, the components, then (`stop`) the check counts.
    public let monthly: SQLSelect
    /// The columns of ``monthly`` after the month (column 1 on), each with its aggregate.
    ///
    /// In order: `rows`, the components `c2`, `c3`, …, the percentiles' value counts `n0`, `n1`, …,
    /// then with `bad_rows stop` the check counts `bad0`, `bad1`, ….
    public let monthlyColumns: [MonthlyColumn]
    /// The rows ``monthly`` aggregates, unaggregated: the month, then each of ``monthlyColumns``'
    /// expressions, then (``scanKey``) the first key query's key and filter.
    ///
    /// A backend that reads rows faster than it groups them (SQLite, in process) adds the months up
    /// from this scan instead; the result is the same (tested). With distinct counts
    /// (``MonthlyAggregate/distinct``) the scan is ordered by their key, so that each key's rows
    /// come together and a month counts a key when it differs from the month's last one; nil
    /// when the distinct counts have different keys.
    public let monthlyScan: SQLSelect?
    /// The first key query's columns in ``monthlyScan``, when the plan is for row scans: reading
    /// the scan tallies that key query too, which then does not run on its own.
    public let scanKey: ScanKey?
    /// ``monthlyScan`` without the joins only the customer decides, when the source's only use of
    /// them is a condition on the customer (its opt-out): the reader keeps or drops each row by
    /// its customer, read once from the customers table.
    public internal(set) var customerFilterScan: CustomerFilterScan? = nil
    /// The component columns of ``monthly``, aggregated per month.
    public let components: [ComponentColumn]
    /// The decomposable measures, combined from the components.
    public let measures: [MonthlyMeasure]
    /// The source's row checks, each with its failing rows' count column and example keys.
    public let checks: [CheckedColumn]
    /// With `bad_rows skip`: one row with one count per check, over every row (bad ones included).
    public let checkCounts: SQLSelect?
    /// One query per key column.
    public let keys: [KeyQuery]
    /// The first key query's columns in ``monthly`` when it is folded in: it is not run on its own.
    public let foldedKey: FoldedKey?

    /// The key queries run on their own: all but the first when it is folded into ``monthly``.
    public var separateKeys: ArraySlice<KeyQuery> { keys.dropFirst(foldedKey == nil ? 0 : 1) }

    /// The key queries run on their own when the months are read from ``monthlyScan`` (`scanning`)
    /// or from ``monthly``: the first is left out where the one read carries it.
    public func separateKeys(scanning: Bool) -> ArraySlice<KeyQuery> {
        scanning && monthlyScan != nil ? keys.dropFirst(scanKey == nil ? 0 : 1) : separateKeys
    }
    /// One query per percentile measure.
    public let values: [ValueQuery]
    /// How many of the plan's windows (the first ones) these queries cover: the span of the
    /// windows the source's measures need. Later windows are not read, so they have no figures.
    public let windowCount: Int

    /// ``monthlyScan`` split by what only the customer decides (see ``CustomerSplitHistory`` for
    /// the CLV scan's counterpart).
    ///
    /// The source's opt-out (`customers.opted_out`) costs SQLite a lookup in the customers table
    /// per row when it is joined; here the scan reads no customer column but the customer, and
    /// the customers table is read once, in key order, with a `keep` flag per customer.
    public struct CustomerFilterScan: Sendable {
        /// ``monthlyScan``'s columns and then the customer; only the conditions on the source's
        /// own rows filter it.
        public let scan: SQLSelect
        /// The customer's column in ``scan``.
        public let customerColumn: Int
        /// Every row of the joined customers table in key order: `key`, then `keep` (1 when the
        /// customer's rows are kept, else 0).
        public let customers: SQLSelect
        /// The same for a customer the table lacks, or a NULL customer: one row.
        public let absentCustomer: SQLSelect
    }

    /// A column of ``monthly``: a per-row expression and its aggregate.
    public struct MonthlyColumn: Sendable {
        /// The column's alias: `rows`, `c2`…, `n0`… or `bad0`….
        public let name: String
        /// How the rows' values are aggregated per month.
        public let aggregate: MonthlyAggregate
        /// The per-row value (for `rows`, the constant 1, never read).
        public let expression: SQLExpression
        /// The per-row value ``SourceAggregateQueries/monthlyScan`` reads instead, when it differs:
        /// a distinct count's key as stored, not as text, or a checked column as stored.
        public let scanExpression: SQLExpression?
        /// For a check count read from the checked column (``scanExpression``): how the scan's
        /// reader tells a failing row, instead of the database evaluating the condition per row.
        public let scanCheck: ScannedCheck?

        init(
            name: String, aggregate: MonthlyAggregate, expression: SQLExpression, scanExpression: SQLExpression? = nil,
            scanCheck: ScannedCheck? = nil
        ) {
            self.name = name
            self.aggregate = aggregate
            self.expression = expression
            self.scanExpression = scanExpression
            self.scanCheck = scanCheck
        }
    }

    /// A column aggregated per month; `column` is its position in ``monthly``.
    public struct ComponentColumn: Sendable {
        /// The column's position in ``SourceAggregateQueries/monthly`` (2 on: 0 is the month, 1 the rows).
        public let column: Int
        /// How the rows' values are aggregated per month.
        public let aggregate: MonthlyAggregate
        /// The per-row expression.
        public let expression: SQLExpression
    }

    /// A row check: where its count is read and how to find examples of failing rows.
    public struct CheckedColumn: Sendable {
        /// The check: source, column and problem.
        public let check: RowCheck
        /// The count's column, in ``monthly`` (summed over its rows) or in ``checkCounts``.
        public let countColumn: Int
        /// Whether the count is the rows (``countColumn`` is the rows column) of the months whose
        /// key is no month: an ISO time's unreadable rows, when the dialect's test reads only the
        /// month key's characters (``SQLDialect/monthKeyTellsUnreadableISOTimes``).
        public let countsUnreadableMonths: Bool
        /// The keys of the first few failing rows (`LIMIT`), when the source has a `key`.
        public let examples: SQLSelect?
    }

    /// The first key query, folded into the monthly query, which then groups by key and month.
    ///
    /// The monthly query's rows are then per key and month, in key order; each month's figures
    /// add up over its keys (sums and counts add, min and max combine), and a key's rows that
    /// match the key query's filter are in column ``rowsColumn``. One pass over the source gives
    /// both. A source with a distinct count per month (``MonthlyAggregate/distinct``) folds none.
    public struct FoldedKey: Sendable {
        /// The column of ``SourceAggregateQueries/monthly`` holding the key as text.
        public let keyColumn: Int
        /// The column counting the key's rows that match the key query's filter in the month.
        public let rowsColumn: Int
    }

    /// The first key query, carried by the monthly scan (``SourceAggregateQueries/monthlyScan``).
    ///
    /// Each scanned row holds the key as stored (not as text: the reader compares keys as
    /// `CAST(key AS TEXT)` would, so the integer 42 and the text '42' are one key) and, when the
    /// key query has a filter, whether the row matches it. A row counts for the key query when its
    /// key is not NULL and it matches. The reader keeps a few bits per key and month, not the rows.
    public struct ScanKey: Sendable {
        /// The column of ``SourceAggregateQueries/monthlyScan`` holding the key.
        public let keyColumn: Int
        /// The column holding 1 when the row matches the key query's filter (nil: no filter).
        public let filterColumn: Int?
    }

    /// Rows of (key as text, month key, rows), in key order: the measures counting those keys.
    public struct KeyQuery: Sendable {
        /// `keys of source NAME: measure, …`, the query's title in `explain`.
        public let title: String
        /// `SELECT CAST(key AS TEXT) AS "key", month, COUNT(*) AS "rows" … GROUP BY key, month ORDER BY key, month`.
        public let select: SQLSelect
        /// Distinct-count measures: the number of distinct keys in a window.
        public let distinct: [String]
        /// Customer-based measures, with what each computes from the keys' active months.
        public let customer: [(name: String, kind: CustomerMeasureKind)]
    }

    /// Rows of (month key, value) in ascending value order, for a percentile measure.
    ///
    /// The monthly query counts its values per month beforehand, which gives each window's ranks.
    public struct ValueQuery: Sendable {
        /// `values of source NAME: measure`, the query's title in `explain`.
        public let title: String
        /// The column of ``SourceAggregateQueries/monthly`` counting the values per month.
        public let countColumn: Int
        /// `SELECT month, value … WHERE … AND value IS NOT NULL ORDER BY CAST(value AS REAL)`.
        public let select: SQLSelect
        /// The percentile measure's name.
        public let measure: String
        /// The percentile as a fraction (0.5 for the median).
        public let fraction: Double
        /// Where the measure is defined, for errors about its values.
        public let location: Location
        /// How many of the plan's windows (the first ones) the measure needs: its values are
        /// read over their span only, so later windows have no percentile.
        public let windowCount: Int
    }

    /// Every statement, titled, for `explain`.
    public var statements: [(title: String, select: SQLSelect)] {
        [(title, monthly)] + (checkCounts.map { [("row checks of " + title, $0)] } ?? [])
            + separateKeys.map { ($0.title, $0.select) }
            + values.map { ($0.title, $0.select) }
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
