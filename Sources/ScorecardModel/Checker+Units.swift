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
                    report(
                        .incompatibleArithmetic(
                            kpi: draft.id, op: op, result, right, file: draft.file, range: mismatchRange(draft)))
                    return nil
                }
                result = combined
            }
            return result
        case .function(let function, let arguments):
            let parts = arguments.map { quantity(of: $0, in: draft, quantities: quantities) }
            guard !parts.contains(where: { $0 == nil }) else { return nil }
            if function != .growth, let a = parts[0], let b = parts[1], Quantity.combine(a, "/", b)?.isScalar != true {
                report(.unlikeComparison(kpi: draft.id, function, a, b, file: draft.file, range: mismatchRange(draft)))
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
                    .kpiUnitMismatch(kpi: draft.id, declared: declared, value: quantity, file: draft.file, range: range)
                )
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

    /// Where a unit mismatch inside a KPI's value is shown: the value, else the KPI's name.
    private func mismatchRange(_ draft: KPIDraft) -> SourceRange { draft.valueRange ?? draft.syntax.name.range }
}
