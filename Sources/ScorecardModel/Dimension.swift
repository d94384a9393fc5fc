/// A checked dimension: a row expression KPIs can be broken down by.
public struct Dimension: Sendable {
    /// The dimension's name, used by `breakdown`.
    public let name: String
    /// The label shown in reports.
    public let label: String
    /// The row expression whose values name the groups.
    public let expression: RowExpression
    /// Where the dimension is declared.
    public let location: Location
}
