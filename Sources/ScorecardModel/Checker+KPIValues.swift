import ScorecardLanguage

/// Rule: KPI values are arithmetic over known measures and KPIs (E0203), KPI functions (E0214), no columns or aggregates (E0216).
extension Checker {
    /// Converts a KPI value; nil when it has errors (already reported).
    mutating func kpiExpression(_ expression: Expression, file: SourceFile) -> KPIExpression? {
        switch expression.kind {
        case .number(let literal): return .number(literal.value)
        case .percent(let literal): return .number(literal.value / 100)
        case .name(let path): return reference(path, file: file)
        case .call(let name, let arguments): return kpiCall(name, arguments, file: file)
        case .unary(let op, let operand) where op == "-" || op == "+":
            return kpiExpression(operand, file: file).map { .unary(op, $0) }
        case .binary: return kpiChain(expression, file: file)
        case .parenthesized(let inner): return kpiExpression(inner, file: file)
        case .invalid: return nil
        default:
            report(.kpiValueNotArithmetic(file: file, range: expression.range))
            return nil
        }
    }

    /// Converts an arithmetic chain link by link (a sum of 30,000 terms is 30,000 deep on its left).
    private mutating func kpiChain(_ expression: Expression, file: SourceFile) -> KPIExpression? {
        let (first, links) = expression.chain
        if let wrong = links.last(where: { !["+", "-", "*", "/"].contains($0.op) }) {
            report(.kpiValueNotArithmetic(file: file, range: wrong.node.range))
            return nil
        }
        var result = kpiExpression(first, file: file)
        for link in links {
            let operand = kpiExpression(link.operand, file: file)
            result = result.flatMap { left in operand.map { .binary(link.op, left, $0) } }
        }
        return result
    }

    private mutating func reference(_ path: [Identifier], file: SourceFile) -> KPIExpression? {
        guard path.count == 1 else {
            report(.columnInKPIValue(path, file: file))
            return nil
        }
        let name = path[0]
        if measureDeclarations[name.name] != nil { return .measure(name.name) }
        if kpiDeclarations[name.name] != nil { return .kpi(name.name) }
        let candidates = Array(measureDeclarations.keys) + Array(kpiDeclarations.keys)
        report(.unknownMeasureOrKPI(name, among: candidates, file: file))
        return nil
    }

    private mutating func kpiCall(_ name: Identifier, _ arguments: [Expression], file: SourceFile) -> KPIExpression? {
        guard let function = KPIFunction(rawValue: name.name) else {
            if AggregateFunction(rawValue: name.name) != nil || name.name == "last" {
                report(.aggregateInKPIValue(name, file: file))
            } else {
                report(.unknownKPIFunction(name, file: file))
            }
            return nil
        }
        guard arguments.count == function.arity else {
            report(.wrongArity(name, expected: function.arity...function.arity, got: arguments.count, file: file))
            return nil
        }
        let converted = arguments.map { kpiExpression($0, file: file) }
        guard !converted.contains(where: { $0 == nil }) else { return nil }
        return .function(function, converted.compactMap { $0 })
    }
}
