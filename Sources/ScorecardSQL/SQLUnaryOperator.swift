/// The prefix operators of a SQL tree: `NOT x`, `-x`, `+x`.
public enum SQLUnaryOperator: String, Sendable, Hashable, CaseIterable {
    case not = "NOT "
    case negate = "-"
    case plus = "+"

    /// The operator's text before its operand (with its space for `NOT`).
    public var prefix: String { rawValue }
}
