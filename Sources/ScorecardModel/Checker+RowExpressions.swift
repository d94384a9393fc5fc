import ScorecardLanguage

/// What names a row expression may use.
struct RowScope {
    /// The source whose own columns bare names refer to (source filters), or nil (measures, dimensions).
    let defaultAlias: String?
    /// The aliases that may be used, or nil for any source or join alias in the folder.
    let aliases: Set<String>?
    /// The source whose joins give the aliases (source filters, models), named in messages; nil for any alias.
    let root: String?

    init(root: String, aliases joins: [String: JoinPath], defaultAlias: String?) {
        self.defaultAlias = defaultAlias
        self.aliases = Set(joins.keys).union([root])
        self.root = root
    }

    /// Any source or join alias in the folder (measures, dimensions).
    static let folder = RowScope()

    private init() {
        self.defaultAlias = nil
        self.aliases = nil
        self.root = nil
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
                .tooDeepForDatabase(
                    depth: shape.depth, limit: RowExpression.maxDatabaseDepth, file: file, range: expression.range))
            return nil
        }
        if shape.nesting > RowExpression.maxDatabaseNesting {
            report(
                .nestedTooDeeplyForDatabase(
                    nesting: shape.nesting, limit: RowExpression.maxDatabaseNesting, file: file,
                    range: expression.range))
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
            report(.columnWithoutSource(path, measures: Array(measureDeclarations.keys), file: file))
            return nil
        }
        let alias = path[0]
        let known = scope.aliases ?? allAliases
        guard known.contains(alias.name) else {
            if let root = scope.root, allAliases.contains(alias.name) {
                report(.aliasNotJoined(alias.name, bySource: root, file: file, range: alias.range))
            } else {
                report(.unknownSource(alias, among: Array(known), file: file))
            }
            return nil
        }
        return .column(alias: alias.name, name: path[1].name)
    }

    private mutating func rowCall(_ name: Identifier, _ arguments: [Expression], scope: RowScope, file: SourceFile)
        -> RowExpression?
    {
        guard let function = RowFunction(rawValue: name.name) else {
            if AggregateFunction(rawValue: name.name) != nil || name.name == "last" {
                report(.aggregateInRowExpression(name, file: file))
            } else {
                report(.unknownRowFunction(name, file: file))
            }
            return nil
        }
        guard function.arity.contains(arguments.count) else {
            report(.wrongArity(name, expected: function.arity, got: arguments.count, file: file))
            return nil
        }
        let converted = arguments.map { rowNode($0, scope: scope, file: file) }
        guard !converted.contains(where: { $0 == nil }) else { return nil }
        return .function(function, converted.compactMap { $0 })
    }
}
