/// A query of customer-level rows that breaks a customer-based measure down by several dimensions at once.
///
/// Its columns: `window id, customer, one group key per dimension…, base, count`.
///
/// Counts of customers add up per group key, so one scan serves every dimension: the engine
/// rolls the rows up per dimension. Every customer of the group's population is a row: a
/// customer with a row of the source in the window the measure looks at (the source's filter
/// and opt-out applied, the measure's own `where` not), so a group's size is the same as for
/// any other measure of the source (docs/output.md, "Breakdowns and privacy"). `base` is 1 when
/// the customer counts in the measure's denominator (has a row matching the measure's `where`
/// there). What a row holds depends on the kind:
///
/// | kind | one row per | group keys | count |
/// |---|---|---|---|
/// | `transitions` | window, customer with a row in the previous window, combination of keys there | the row's keys | 1 when active (with the `where`) again in the window, else 0 |
/// | `repeatRate` | window, customer with a row in it | the smallest key of the customer's rows in the window | the customer's rows matching the `where` in the window |
/// | `newCustomers` | window, customer with a row in it | the smallest key of the customer's rows in the window | 1 when the customer's first row matching the `where` falls in the window, else 0 |
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
    /// The statement; its rows are `window id, customer, group keys…, base, count`.
    public let select: SQLSelect
    /// Which customer-based measure the rows describe, and so what one row and its count are.
    public let kind: Kind
    /// The dimensions whose group keys are in columns 2, 3, …, in this order.
    public let dimensions: [String]

    /// The column holding the base flag (after the group keys).
    public var baseColumn: Int { 2 + dimensions.count }

    /// The column holding the count (after the base flag).
    public var countColumn: Int { 3 + dimensions.count }
}
