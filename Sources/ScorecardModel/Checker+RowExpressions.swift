import ScorecardLanguage

/// What names a row expression may use.
struct RowScope {
    /// The source whose own columns bare names refer to (source filters), or nil (measures, dimensions).
    let defaultAlias: String?
    /// The aliases that may be used, or nil for any source or join alias in the folder.
    let aliases: Set<String>?
    /// Who the expression belongs to, for messages ("source 'orders'").
    let owner: String

    init(root: String, aliases joins: [String: JoinPath], defaultAlias: String?) {
        self.defaultAlias = defaultAlias
        self.aliases = Set(joins.keys).union([root])
        self.owner = "source '\(root)'"
    }

    init(owner: String) {
        self.defaultAlias = nil
        self.aliases = nil
        self.owner = owner
    }
}

/// Rule: row expressions use known sources, columns written as `source.column`, and row functions only (E0202, E0214, E0216).
extension Checker {
    /// Every alias usable in a measure or dimension: source names and join aliases.
    var allAliases: Set<String> {
        sources.values.reduce(into: Set(sourceDeclarations.keys)) { $0.formUnion($1.joins.keys) }
    }

    /// Converts an expression into a row expression, reporting problems; nil when it has errors.
    ///
    /// An expression SQLite could not take (see ``RowExpression/databaseShape``) is E0111.
    mutating func rowExpression(_ expression: Expression, scope: RowScope, file: SourceFile) -> RowExpression? {
        guard let converted = rowNode(expression, scope: scope, file: file) else { return nil }
        let shape = converted.databaseShape
        if shape.depth > RowExpression.maxDatabaseDepth {
            report(
                Diagnostic(
                    .E0111,
                    "expression too deep for the database: \(shape.depth) levels, SQLite takes \(RowExpression.maxDatabaseDepth) here",
                    file: file, range: expression.range,
                    help:
                        "a chain of + - * / takes at most about \(RowExpression.maxDatabaseDepth) terms; sum the parts in separate measures and add them in the KPI's value"
                ))
            return nil
        }
        if shape.nesting > RowExpression.maxDatabaseNesting {
            report(
                Diagnostic(
                    .E0111,
                    "expression nested too deeply for the database: \(shape.nesting) levels of parentheses and calls, SQLite takes \(RowExpression.maxDatabaseNesting) here",
                    file: file, range: expression.range,
                    help: "write chains without parentheses (a - b - c), or split the expression across measures"))
            return nil
        }
        return converted
    }

    private mutating func rowNode(_ expression: Expression, scope: RowScope, file: SourceFile) -> RowExpression? {
        switch expression.kind {
        case .number(let literal): return .number(literal.text)
        case .percent(let literal): return .number(String((Double(literal.text) ?? 0) / 100))
        case .string(let literal): return .string(literal.value)
        case .keyword(let word): return word == "null" ? .null : .boolean(word == "true")
        case .name(let path): return column(path, scope: scope, file: file)
        case .call(let name, let arguments): return rowCall(name, arguments, scope: scope, file: file)
        case .unary(let op, let operand):
            return rowNode(operand, scope: scope, file: file).map { .unary(op, $0) }
        case .binary:
            // Link by link: a chain of 30,000 terms is 30,000 deep on its left side.
            let (first, links) = expression.chain
            var result = rowNode(first, scope: scope, file: file)
            for link in links {
                let operand = rowNode(link.operand, scope: scope, file: file)
                result = result.flatMap { left in operand.map { .binary(link.op, left, $0) } }
            }
            return result
        case .isNull(let operand, let negated):
            return rowNode(operand, scope: scope, file: file).map { .isNull($0, negated: negated) }
        case .inList(let operand, let items, let negated):
            let converted = items.map { rowNode($0, scope: scope, file: file) }
            guard let left = rowNode(operand, scope: scope, file: file), !converted.contains(where: { $0 == nil })
            else { return nil }
            return .inList(left, converted.compactMap { $0 }, negated: negated)
        case .parenthesized(let inner): return rowNode(inner, scope: scope, file: file)
        case .invalid: return nil
        }
    }

    private mutating func column(_ path: [Identifier], scope: RowScope, file: SourceFile) -> RowExpression? {
        if path.count == 1, let alias = scope.defaultAlias { return .column(alias: alias, name: path[0].name) }
        guard path.count == 2 else {
            let range = path[0].range.union(path[path.count - 1].range)
            report(
                Diagnostic(
                    .E0202, "'\(path.map(\.name).joined(separator: "."))' must be written source.column", file: file,
                    range: range,
                    help: path.count == 1
                        ? Suggestion.closest(to: path[0].name, among: Array(measureDeclarations.keys))
                            .map { "'\($0)' is a measure; measures are used in KPI values, not inside other measures" }
                            ?? "name the column with its source, e.g. orders.\(path[0].name)" : nil))
            return nil
        }
        let alias = path[0]
        let known = scope.aliases ?? allAliases
        guard known.contains(alias.name) else {
            let inFolder = scope.aliases != nil && allAliases.contains(alias.name)
            report(
                Diagnostic(
                    .E0202,
                    inFolder ? "\(scope.owner) does not join '\(alias.name)'" : "unknown source '\(alias.name)'",
                    file: file, range: alias.range,
                    help: inFolder
                        ? "add `join \(alias.name) on <column>` to the source"
                        : Suggestion.didYouMean(alias.name, among: Array(known))))
            return nil
        }
        return .column(alias: alias.name, name: path[1].name)
    }

    private mutating func rowCall(_ name: Identifier, _ arguments: [Expression], scope: RowScope, file: SourceFile)
        -> RowExpression?
    {
        guard let function = RowFunction(rawValue: name.name) else {
            if AggregateFunction(rawValue: name.name) != nil || name.name == "last" {
                report(
                    Diagnostic(
                        .E0216, "aggregate '\(name.name)' cannot be used here", file: file, range: name.range,
                        help: "aggregates make measures; an aggregate cannot be nested in another or used in a filter"))
            } else {
                report(
                    Diagnostic(
                        .E0214, "unknown function '\(name.name)'", file: file, range: name.range,
                        help: Suggestion.didYouMean(name.name, among: RowFunction.allCases.map(\.rawValue))
                            ?? "row functions: \(RowFunction.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            return nil
        }
        guard function.arity.contains(arguments.count) else {
            report(wrongArity(name, expected: function.arity, got: arguments.count, file: file))
            return nil
        }
        let converted = arguments.map { rowNode($0, scope: scope, file: file) }
        guard !converted.contains(where: { $0 == nil }) else { return nil }
        return .function(function, converted.compactMap { $0 })
    }

    /// E0214 for a call with the wrong number of arguments.
    func wrongArity(_ name: Identifier, expected: ClosedRange<Int>, got: Int, file: SourceFile) -> Diagnostic {
        let count =
            expected.lowerBound == expected.upperBound
            ? "\(expected.lowerBound)" : "\(expected.lowerBound) to \(expected.upperBound)"
        return Diagnostic(
            .E0214, "'\(name.name)' takes \(count) argument\(expected.upperBound == 1 ? "" : "s"), not \(got)",
            file: file, range: name.range)
    }
}
