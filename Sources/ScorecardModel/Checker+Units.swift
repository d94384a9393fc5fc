import ScorecardLanguage

/// Rule: KPI arithmetic combines compatible quantities and fits the declared unit (E0208).
extension Checker {
    /// The quantity of a KPI value, or nil after reporting a mismatch.
    mutating func quantity(of expression: KPIExpression, in draft: KPIDraft, quantities: [String: Quantity])
        -> Quantity?
    {
        switch expression {
        case .measure(let name): return measures[name]?.unit.quantity
        case .kpi(let id): return quantities[id]
        case .number: return .literal
        case .unary(_, let operand): return quantity(of: operand, in: draft, quantities: quantities)
        case .binary:
            let (first, links) = expression.chain  // link by link: a long sum is deep on its left
            guard var result = quantity(of: first, in: draft, quantities: quantities) else { return nil }
            for (op, operand) in links {
                guard let right = quantity(of: operand, in: draft, quantities: quantities) else { return nil }
                guard let combined = Quantity.combine(result, op, right) else {
                    reportMismatch(draft, "cannot \(Checker.verb(op)) \(result.phrase) and \(right.phrase)")
                    return nil
                }
                result = combined
            }
            return result
        case .function(let function, let arguments):
            let parts = arguments.map { quantity(of: $0, in: draft, quantities: quantities) }
            guard !parts.contains(where: { $0 == nil }) else { return nil }
            if function != .growth, let a = parts[0], let b = parts[1], Quantity.combine(a, "/", b)?.isScalar != true {
                reportMismatch(
                    draft, "\(function.rawValue)(…) compares like with like, not \(a.phrase) with \(b.phrase)")
                return nil
            }
            return .dimensionless
        }
    }

    /// The unit of a KPI: the declared one when it fits, else one derived from its value.
    mutating func resolveUnit(_ draft: KPIDraft, quantity: Quantity) -> Unit? {
        if let (declared, range) = draft.declaredUnit {
            guard quantity == .literal || declared.quantity == quantity else {
                report(
                    Diagnostic(
                        .E0208,
                        "kpi '\(draft.id)' is declared \(declared.rawValue) but its value is \(quantity.phrase)",
                        file: draft.file, range: range,
                        help:
                            "declare it as \(quantity.compatibleUnits.map(\.rawValue).joined(separator: " or ")), or change the value"
                    ))
                return nil
            }
            return declared
        }
        switch draft.value {
        case .measure(let name)?: return measures[name]?.unit
        default: break
        }
        switch quantity {
        case .money: return .money
        case .count: return .count
        case .duration: return .hours
        case .dimensionless: return .ratio
        case .literal: return .number
        }
    }

    private mutating func reportMismatch(_ draft: KPIDraft, _ message: String) {
        report(
            Diagnostic(
                .E0208, "unit mismatch in kpi '\(draft.id)': \(message)", file: draft.file,
                range: draft.valueRange ?? draft.syntax.name.range,
                help: "money, counts and durations can only be added to their own kind; divide to get a ratio"))
    }

    private static func verb(_ op: String) -> String {
        switch op {
        case "+": "add"
        case "-": "subtract"
        case "*": "multiply"
        default: "divide"
        }
    }
}
