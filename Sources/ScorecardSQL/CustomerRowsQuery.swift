/// A query of customer-level rows for breaking a customer-based measure down by several
/// dimensions at once: `window id, customer, one group key per dimension…, count`.
///
/// Counts of customers add up per group key, so one scan serves every dimension: the engine
/// rolls the rows up per dimension. What a row holds depends on the kind:
///
/// | kind | one row per | group keys | count |
/// |---|---|---|---|
/// | `transitions` | window, customer active in the previous window, combination of keys there | the row's keys | 1 when active again in the window, else 0 |
/// | `repeatRate` | window, customer active in it | the smallest key of the customer's rows in the window | the customer's rows in the window |
/// | `newCustomers` | window, customer whose first row ever falls in it | the smallest key of all the customer's rows | 1 |
public struct CustomerRowsQuery: Sendable {
    /// What the rows describe.
    public enum Kind: Sendable, Hashable {
        /// Customers of the previous window and whether they came back: retention and churn.
        case transitions
        /// Customers of the window and their row counts.
        case repeatRate
        /// Customers first seen in the window.
        case newCustomers
    }

    /// A one-line description, e.g. "customer rows of source orders for region, segment: churn".
    public let title: String
    public let select: SQLSelect
    public let kind: Kind
    /// The dimensions whose group keys are in columns 2, 3, …, in this order.
    public let dimensions: [String]

    /// The column holding the count (after the group keys).
    public var countColumn: Int { 2 + dimensions.count }
}
