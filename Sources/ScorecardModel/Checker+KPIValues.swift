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
            report(
                Diagnostic(
                    .E0208, "a KPI value must be arithmetic over measures and KPIs", file: file,
                    range: expression.range,
                    help: "conditions belong in a measure's `where`"))
            return nil
        }
    }

    /// Converts an arithmetic chain link by link (a sum of 30,000 terms is 30,000 deep on its left).
    private mutating func kpiChain(_ expression: Expression, file: SourceFile) -> KPIExpression? {
        let (first, links) = expression.chain
        if let wrong = links.last(where: { !["+", "-", "*", "/"].contains($0.op) }) {
            report(
                Diagnostic(
                    .E0208, "a KPI value must be arithmetic over measures and KPIs", file: file,
                    range: wrong.node.range,
                    help: "conditions belong in a measure's `where`"))
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
            let range = path[0].range.union(path[path.count - 1].range)
            report(
                Diagnostic(
                    .E0216, "column '\(path.map(\.name).joined(separator: "."))' cannot be used in a KPI value",
                    file: file, range: range,
                    help:
                        "aggregate it in a measure first, e.g. `measure total = sum(\(path.map(\.name).joined(separator: ".")))`"
                ))
            return nil
        }
        let name = path[0]
        if measureDeclarations[name.name] != nil { return .measure(name.name) }
        if kpiDeclarations[name.name] != nil { return .kpi(name.name) }
        let candidates = Array(measureDeclarations.keys) + Array(kpiDeclarations.keys)
        report(
            Diagnostic(
                .E0203, "unknown measure or KPI '\(name.name)'", file: file, range: name.range,
                help: Suggestion.didYouMean(name.name, among: candidates)))
        return nil
    }

    private mutating func kpiCall(_ name: Identifier, _ arguments: [Expression], file: SourceFile) -> KPIExpression? {
        guard let function = KPIFunction(rawValue: name.name) else {
            if AggregateFunction(rawValue: name.name) != nil || name.name == "last" {
                report(
                    Diagnostic(
                        .E0216, "aggregate '\(name.name)' cannot be used in a KPI value", file: file, range: name.range,
                        help: "define a measure with it and use the measure's name"))
            } else {
                let known = KPIFunction.allCases.map(\.rawValue)
                report(
                    Diagnostic(
                        .E0214, "unknown function '\(name.name)'", file: file, range: name.range,
                        help: Suggestion.didYouMean(name.name, among: known)
                            ?? "KPI functions: \(known.joined(separator: ", "))"))
            }
            return nil
        }
        guard arguments.count == function.arity else {
            report(wrongArity(name, expected: function.arity...function.arity, got: arguments.count, file: file))
            return nil
        }
        let converted = arguments.map { kpiExpression($0, file: file) }
        guard !converted.contains(where: { $0 == nil }) else { return nil }
        return .function(function, converted.compactMap { $0 })
    }
}
