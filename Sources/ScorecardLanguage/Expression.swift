/// An expression in a `value`, `where`, measure or dimension, with its range.
public struct Expression: Sendable {
    /// The shapes an expression takes.
    public indirect enum Kind: Sendable {
        case number(NumberLiteral)
        /// `90%`, meaning 0.9.
        case percent(NumberLiteral)
        case string(StringLiteral)
        /// `true`, `false` or `null`.
        case keyword(String)
        /// A name or a dotted path: `revenue`, `orders.net_amount`.
        case name([Identifier])
        case call(Identifier, [Expression])
        case unary(String, Expression)
        case binary(String, Expression, Expression)
        /// `x is null`, `x is not null`
        case isNull(Expression, negated: Bool)
        /// `x in ('a', 'b')`, `x not in (…)`
        case inList(Expression, [Expression], negated: Bool)
        case parenthesized(Expression)
        /// An expression that failed to parse (already diagnosed).
        case invalid
    }

    /// What the expression is.
    public let kind: Kind
    /// The expression's byte range in its file.
    public let range: SourceRange

    /// An expression of a kind over a range.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
