/// Walks over KPI values without deep recursion: a sum of 30,000 terms is 30,000 levels deep.
extension KPIExpression {
    /// The leftmost operand that is not a binary node, then every (operator, right operand) link in order.
    public var chain: (first: KPIExpression, links: [(op: String, operand: KPIExpression)]) {
        var links: [(op: String, operand: KPIExpression)] = []
        var node = self
        while case .binary(let op, let lhs, let rhs) = node {
            links.append((op, rhs))
            node = lhs
        }
        return (node, links.reversed())
    }

    /// Calls `visit` on every node, with an explicit stack.
    public func forEachNode(_ visit: (KPIExpression) -> Void) {
        var pending = [self]
        while let node = pending.popLast() {
            visit(node)
            switch node {
            case .measure, .kpi, .number: break
            case .unary(_, let operand): pending.append(operand)
            case .binary(_, let lhs, let rhs): pending.append(contentsOf: [rhs, lhs])
            case .function(_, let arguments): pending.append(contentsOf: arguments.reversed())
            }
        }
    }
}
