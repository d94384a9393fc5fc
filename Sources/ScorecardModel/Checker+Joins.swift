import ScorecardLanguage

/// Rule: joins go onto declared sources with keys (E0202, E0220) and reach each alias by one path (E0213).
///
/// A source reaches the aliases it joins itself, then the ones its joined sources join (multi-hop).
/// Its own joins win over inherited ones; two different inherited paths to one alias make that
/// alias ambiguous, an error only where it is used.
extension Checker {
    /// The join paths of a source, and the aliases reached ambiguously.
    mutating func resolveJoins(of source: SourceBasics, all: [String: SourceBasics]) -> (
        [String: JoinPath], Set<String>
    ) {
        var paths: [String: JoinPath] = [:]
        for property in source.declaration.properties {
            guard case .join(let join) = property.value,
                let step = joinStep(join, from: source, known: paths, all: all)
            else { continue }
            let path = JoinPath(steps: (paths[step.fromAlias]?.steps ?? []) + [step])
            if let existing = paths[step.alias], existing != path {
                report(
                    .joinedTwice(
                        step.alias, by: source.name, target: step.target, file: source.file, range: property.range))
                continue
            }
            paths[step.alias] = path
        }
        var ambiguous: Set<String> = []
        inheritJoins(into: &paths, ambiguous: &ambiguous, all: all, root: source.name)
        return (paths, ambiguous)
    }

    /// Adds, breadth first, the joins that joined sources declare themselves.
    private func inheritJoins(
        into paths: inout [String: JoinPath], ambiguous: inout Set<String>,
        all: [String: SourceBasics], root: String
    ) {
        let explicit = Set(paths.keys)
        var queue = paths.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var visited: Set<String> = [root]
        while !queue.isEmpty {
            let (alias, path) = queue.removeFirst()
            guard let target = path.steps.last.flatMap({ all[$0.target] }), visited.insert(alias).inserted else {
                continue
            }
            for property in target.declaration.properties {
                guard case .join(let join) = property.value, let column = join.onColumn,
                    let next = all[join.target.name],
                    next.key != nil
                else { continue }
                let nextAlias = join.alias?.name ?? next.name
                let step = JoinPath.Step(fromAlias: alias, column: column.name, target: next.name, alias: nextAlias)
                let nextPath = JoinPath(steps: path.steps + [step])
                if explicit.contains(nextAlias) || nextAlias == root { continue }
                if let existing = paths[nextAlias] {
                    if existing != nextPath { ambiguous.insert(nextAlias) }
                    continue
                }
                paths[nextAlias] = nextPath
                queue.append((nextAlias, nextPath))
            }
        }
        for alias in ambiguous { paths[alias] = nil }
    }

    private mutating func joinStep(
        _ join: JoinSyntax, from source: SourceBasics, known: [String: JoinPath],
        all: [String: SourceBasics]
    ) -> JoinPath.Step? {
        guard let target = all[join.target.name] else {
            if sourceDeclarations[join.target.name] == nil {
                report(.unknownSource(join.target, among: Array(sourceDeclarations.keys), file: source.file))
            }
            return nil
        }
        guard target.key != nil else {
            report(
                .joinTargetHasNoKey(
                    join.target, declaredIn: target.file, at: target.declaration.name.range, file: source.file))
            return nil
        }
        let alias = join.alias?.name ?? target.name
        if let column = join.onColumn {
            return JoinPath.Step(fromAlias: source.name, column: column.name, target: target.name, alias: alias)
        }
        guard let via = join.via else { return nil }
        guard known[via.source.name] != nil else {
            report(.viaNotJoinedYet(via.source, source: source.name, file: source.file))
            return nil
        }
        return JoinPath.Step(fromAlias: via.source.name, column: via.column.name, target: target.name, alias: alias)
    }
}
