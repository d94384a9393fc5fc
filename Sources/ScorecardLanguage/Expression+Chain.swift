/// Left-associative chains such as `a + b - c`, taken apart by a loop instead of recursion.
///
/// The parser builds `+ - * /` chains left-deep, so a sum of 30,000 terms is 30,000 levels
/// deep on its left side: walks follow that side with ``chain`` and recurse only into the
/// right operands, whose depth the parser bounds (E0109).
extension Expression {
    /// One link of a chain: the operator, its right operand and the node it makes.
    public struct Link {
        /// The operator, e.g. `+`.
        public let op: String
        /// The operand on the operator's right.
        public let operand: Expression
        /// The binary node this link ends, spanning the chain up to its operand.
        public let node: Expression
    }

    /// The leftmost operand that is not a binary node, then every link in source order.
    public var chain: (first: Expression, links: [Link]) {
        var links: [Link] = []
        var node = self
        while case .binary(let op, let lhs, let rhs) = node.kind {
            links.append(Link(op: op, operand: rhs, node: node))
            node = lhs
        }
        return (node, links.reversed())
    }
}
