import ScorecardLanguage

/// Builds the final KPIs in dependency order, checking units and breakdown reachability (E0212).
extension Checker {
    mutating func orderKPIs() -> [KPI] {
        var quantities: [String: Quantity] = [:]
        var result: [KPI] = []
        var measuresByKPI: [String: Set<String>] = [:]
        for id in dependencyOrder() {
            guard let draft = kpiDrafts[id], let value = draft.value,
                let quantity = quantity(of: value, in: draft, quantities: quantities)
            else { continue }
            quantities[id] = quantity
            guard let unit = resolveUnit(draft, quantity: quantity), let stage = draft.stage, let focus = draft.focus,
                let valueRange = draft.valueRange
            else { continue }
            // Each KPI's measures through the KPIs it uses, found once in dependency order.
            let usedMeasures = value.kpis.reduce(into: value.measures) { set, id in
                set.formUnion(measuresByKPI[id] ?? [])
            }
            measuresByKPI[id] = usedMeasures
            checkReachability(draft, measures: usedMeasures)
            let kpi = KPI(
                id: id, label: draft.label, stage: stage, focus: focus, value: value,
                valueText: draft.file.text(in: valueRange), unit: unit, polarity: draft.polarity,
                targets: draft.targets, thresholds: draft.thresholds, owner: draft.owner,
                description: draft.description,
                breakdowns: draft.breakdowns.map(\.name), missing: draft.missing,
                location: Location(draft.file, draft.syntax.name.range))
            result.append(kpi)
        }
        return result
    }

    private mutating func checkReachability(_ draft: KPIDraft, measures used: Set<String>) {
        for name in draft.breakdowns {
            guard let dimension = dimensions[name.name] else { continue }
            for measureName in used.sorted() {
                guard let measure = measures[measureName], let source = sources[measure.source] else { continue }
                let unreachable = dimension.expression.aliases.subtracting([source.name]).filter {
                    source.joins[$0] == nil
                }
                guard let missing = unreachable.sorted().first else { continue }
                if source.ambiguousJoins.contains(missing) {
                    report(.ambiguousJoinPath(missing, from: source.name, file: draft.file, range: name.range))
                    break
                }
                report(
                    .breakdownUnreachable(
                        kpi: draft.id, dimension: name, source: source.name, measure: measureName, missing: missing,
                        file: draft.file))
                break
            }
        }
    }

    /// W0303: measures no KPI uses.
    mutating func warnUnusedMeasures() {
        var used: Set<String> = []
        for declared in kpiDeclarations.values {
            for property in declared.syntax.properties {
                if case .expression(let value) = property.value { Checker.collectNames(value, into: &used) }
            }
        }
        for (name, declared) in measureDeclarations.sorted(by: { $0.key < $1.key }) where !used.contains(name) {
            report(.unusedMeasure(declared.syntax.name, file: declared.file))
        }
    }

    /// Every single-part name in an expression, even one that failed to check (so no W0303 follows an E0203).
    ///
    /// Walks with an explicit stack: a sum of 30,000 terms is 30,000 levels deep.
    static func collectNames(_ expression: Expression, into names: inout Set<String>) {
        var pending = [expression]
        while let node = pending.popLast() {
            switch node.kind {
            case .name(let path) where path.count == 1: names.insert(path[0].name)
            case .call(_, let arguments): pending.append(contentsOf: arguments)
            case .unary(_, let operand), .parenthesized(let operand), .isNull(let operand, _): pending.append(operand)
            case .binary(_, let lhs, let rhs): pending.append(contentsOf: [lhs, rhs])
            case .inList(let operand, let items, _): pending.append(contentsOf: [operand] + items)
            default: break
            }
        }
    }
}
