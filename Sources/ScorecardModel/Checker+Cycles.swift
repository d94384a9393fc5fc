import ScorecardLanguage

/// Rule: KPIs may use each other but never in a cycle (E0207); yields the evaluation order.
extension Checker {
    /// KPI ids ordered so that every KPI follows the KPIs it uses; KPIs in a cycle are left out.
    mutating func dependencyOrder() -> [String] {
        var state: [String: VisitState] = [:]
        var order: [String] = []
        var reported: Set<String> = []
        for id in kpiOrder where kpiDrafts[id] != nil {
            visit(id, state: &state, order: &order, reported: &reported)
        }
        return order
    }

    enum VisitState { case visiting, done, cyclic }

    /// A depth-first visit with an explicit stack: a chain of 10,000 KPIs is 10,000 levels deep.
    private mutating func visit(
        _ root: String, state: inout [String: VisitState], order: inout [String], reported: inout Set<String>
    ) {
        guard state[root] == nil, kpiDrafts[root] != nil else { return }
        /// The KPIs being visited, each with the dependencies still to visit.
        var stack: [(id: String, pending: [String])] = []
        func enter(_ id: String) {
            state[id] = .visiting
            stack.append((id, (kpiDrafts[id]?.value?.kpis ?? []).sorted().reversed()))
        }
        enter(root)
        while !stack.isEmpty {
            if let dependency = stack[stack.count - 1].pending.popLast() {
                switch state[dependency] {
                case .done, .cyclic: continue
                case .visiting:
                    // A KPI being visited is on the stack, so the cycle starts at its place there.
                    let path = stack.map(\.id)
                    guard let start = path.firstIndex(of: dependency) else { continue }
                    let cycle = Array(path[start...]) + [dependency]
                    for id in cycle { state[id] = .cyclic }
                    reportCycle(cycle, reported: &reported)
                case nil:
                    if kpiDrafts[dependency] != nil { enter(dependency) }
                }
                continue
            }
            let id = stack.removeLast().id
            guard state[id] == .visiting else { continue }
            let usesCyclic = (kpiDrafts[id]?.value?.kpis ?? []).contains { state[$0] == .cyclic }
            state[id] = usesCyclic ? .cyclic : .done
            if !usesCyclic { order.append(id) }
        }
    }

    private mutating func reportCycle(_ cycle: [String], reported: inout Set<String>) {
        guard let first = cycle.first, let draft = kpiDrafts[first], reported.isDisjoint(with: cycle) else { return }
        reported.formUnion(cycle)
        let others = cycle.dropFirst().dropLast().compactMap { id in
            kpiDrafts[id].map { (id: id, file: $0.file, range: $0.syntax.name.range) }
        }
        report(
            .dependencyCycle(
                cycle, others: others, file: draft.file, range: draft.valueRange ?? draft.syntax.name.range))
    }
}
