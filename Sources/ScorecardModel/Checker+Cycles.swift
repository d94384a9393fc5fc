import ScorecardLanguage

/// Rule: KPIs may use each other but never in a cycle (E0207); yields the evaluation order.
extension Checker {
    /// KPI ids ordered so that every KPI follows the KPIs it uses; KPIs in a cycle are left out.
    mutating func dependencyOrder() -> [String] {
        var state: [String: VisitState] = [:]
        var order: [String] = []
        var reported: Set<String> = []
        for id in kpiOrder where kpiDrafts[id] != nil {
            var stack: [String] = []
            visit(id, state: &state, stack: &stack, order: &order, reported: &reported)
        }
        return order
    }

    enum VisitState { case visiting, done, cyclic }

    private mutating func visit(_ id: String, state: inout [String: VisitState], stack: inout [String],
                                order: inout [String], reported: inout Set<String>) {
        switch state[id] {
        case .done, .cyclic: return
        case .visiting:
            let cycle = Array(stack[stack.firstIndex(of: id)!...]) + [id]
            cycle.forEach { state[$0] = .cyclic }
            reportCycle(cycle, reported: &reported)
            return
        case nil: break
        }
        guard let draft = kpiDrafts[id] else { return }
        state[id] = .visiting
        stack.append(id)
        for dependency in (draft.value?.kpis ?? []).sorted() {
            visit(dependency, state: &state, stack: &stack, order: &order, reported: &reported)
        }
        stack.removeLast()
        if state[id] == .visiting {
            let usesCyclic = (draft.value?.kpis ?? []).contains { state[$0] == .cyclic }
            state[id] = usesCyclic ? .cyclic : .done
            if !usesCyclic { order.append(id) }
        }
    }

    private mutating func reportCycle(_ cycle: [String], reported: inout Set<String>) {
        guard let first = cycle.first, let draft = kpiDrafts[first], reported.isDisjoint(with: cycle) else { return }
        reported.formUnion(cycle)
        let notes = cycle.dropFirst().dropLast().compactMap { id -> Diagnostic.Note? in
            guard let other = kpiDrafts[id] else { return nil }
            return .init("'\(id)' is defined here", file: other.file, range: other.syntax.name.range)
        }
        report(Diagnostic(.E0207, "KPIs depend on each other in a cycle: \(cycle.joined(separator: " → "))", file: draft.file,
                          range: draft.valueRange ?? draft.syntax.name.range, notes: notes,
                          help: "a KPI cannot use itself, directly or through other KPIs"))
    }
}
