/// Walks over row expressions without deep recursion: a chain of 30,000 terms is 30,000 levels deep.
extension RowExpression {
    /// The leftmost operand that is not a binary node, then every (operator, right operand) link in order.
    public var chain: (first: RowExpression, links: [(op: String, operand: RowExpression)]) {
        var links: [(op: String, operand: RowExpression)] = []
        var node = self
        while case .binary(let op, let lhs, let rhs) = node {
            links.append((op, rhs))
            node = lhs
        }
        return (node, links.reversed())
    }

    /// Calls `visit` on every node, with an explicit stack.
    public func forEachNode(_ visit: (RowExpression) -> Void) {
        var pending = [self]
        while let node = pending.popLast() {
            visit(node)
            switch node {
            case .column, .number, .string, .boolean, .null: break
            case .unary(_, let operand), .isNull(let operand, _): pending.append(operand)
            case .binary(_, let lhs, let rhs): pending.append(contentsOf: [rhs, lhs])
            case .function(_, let arguments): pending.append(contentsOf: arguments.reversed())
            case .inList(let operand, let items, _): pending.append(contentsOf: items.reversed() + [operand])
            }
        }
    }

    /// The columns read, in order.
    public var columns: [(alias: String, name: String)] {
        var found: [(alias: String, name: String)] = []
        forEachNode { if case .column(let alias, let name) = $0 { found.append((alias, name)) } }
        return found
    }
}
