/// A checked expression evaluated per row of a source: filters, aggregate arguments, dimensions.
public indirect enum RowExpression: Sendable, Hashable {
    /// A column of the source (or of a joined source, by alias).
    case column(alias: String, name: String)
    case number(String)
    case string(String)
    case boolean(Bool)
    case null
    case unary(String, RowExpression)
    case binary(String, RowExpression, RowExpression)
    /// A row function such as `hours_between(a, b)`.
    case function(RowFunction, [RowExpression])
    case isNull(RowExpression, negated: Bool)
    case inList(RowExpression, [RowExpression], negated: Bool)

    /// The aliases of every column the expression reads.
    public var aliases: Set<String> { Set(columns.map(\.alias)) }
}

/// Functions allowed inside row expressions.
public enum RowFunction: String, CaseIterable, Sendable {
    case hoursBetween = "hours_between"
    case daysBetween = "days_between"
    case coalesce, lower, upper, abs

    /// The accepted number of arguments.
    public var arity: ClosedRange<Int> {
        switch self {
        case .hoursBetween, .daysBetween: 2...2
        case .coalesce: 1...16
        case .lower, .upper, .abs: 1...1
        }
    }
}
