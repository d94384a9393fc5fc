/// A query of customer activity by month (`customer, month, rows`), from which customer-based
/// measures are computed for every window: retention, churn, repeat rate and new customers.
///
/// ```sql
/// SELECT CAST(customer AS TEXT) AS "customer", substr(time, ?, ?) AS "month", COUNT(*) AS "rows"
/// FROM … WHERE (source filter) AND (measure filter) AND customer IS NOT NULL
/// GROUP BY "customer", "month"
/// ```
///
/// One scan serves every customer-based measure with the same source, customer and filter; the
/// result has one row per customer and active month, far fewer than the source's rows.
public struct CustomerActivityQuery: Sendable {
    public let title: String
    public let select: SQLSelect
    /// The measures read from this activity, with what each computes.
    public let measures: [(name: String, kind: CustomerMeasureKind)]
}

/// What a customer-based measure computes from activity.
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
