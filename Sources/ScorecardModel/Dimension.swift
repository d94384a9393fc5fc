/// A checked dimension: a row expression KPIs can be broken down by.
public struct Dimension: Sendable {
    public let name: String
    public let label: String
    public let expression: RowExpression
    public let location: Location
}
