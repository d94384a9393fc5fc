import ScorecardLanguage

/// Rule: a measure is one aggregate (E0216, E0214, E0221) over one source and its joins (E0217), named by `from` or
/// inferred from the columns it reads, with a unit that fits (E0215, E0208).
extension Checker {
    mutating func checkMeasures() {
        for (name, declared) in measureDeclarations.sorted(by: { $0.key < $1.key }) {
            if let measure = checkMeasure(name, declared.syntax, file: declared.file) { measures[name] = measure }
        }
    }

    private mutating func checkMeasure(_ name: String, _ syntax: MeasureDeclaration, file: SourceFile) -> Measure? {
        let scope = RowScope.folder
        if case .call(let function, let arguments) = syntax.expression.kind,
            let modelFunction = AggregateFunction(rawValue: function.name), modelFunction.isModelBased
        {
            return modelMeasure(
                name, syntax, function: function, modelFunction, arguments: arguments, file: file)
        }
        guard let (aggregate, countedSource) = aggregate(of: syntax.expression, scope: scope, file: file) else {
            return nil
        }
        var filter: RowExpression?
        if let filterSyntax = syntax.filter {
            guard let converted = rowExpression(filterSyntax, scope: scope, file: file) else { return nil }
            filter = converted
        }
        var aliases = aggregate.argument?.aliases ?? []
        aliases.formUnion(filter?.aliases ?? [])
        if let countedSource { aliases.insert(countedSource) }
        let chosen = syntax.source.map {
            explicitSource($0, aliases: aliases, counted: countedSource, measure: name, syntax: syntax, file: file)
        }
        guard let source = chosen ?? rootSource(for: aliases, measure: name, syntax: syntax, file: file) else {
            return nil
        }
        guard let unit = measureUnit(syntax, aggregate: aggregate, file: file) else { return nil }
        var text = file.text(in: syntax.expression.range)
        if let named = syntax.source { text += " from " + named.name }
        if let filterSyntax = syntax.filter { text += " where " + file.text(in: filterSyntax.range) }
        return Measure(
            name: name, unit: unit, aggregate: aggregate, source: source, filter: filter, text: text,
            location: Location(file, syntax.name.range))
    }

    /// `clv_total(model)`, `alive_share(model, 0.5)`…: a measure computed from a fitted CLV model.
    private mutating func modelMeasure(
        _ name: String, _ syntax: MeasureDeclaration, function: Identifier, _ aggregateFunction: AggregateFunction,
        arguments: [Expression], file: SourceFile
    ) -> Measure? {
        guard arguments.count == aggregateFunction.arity else {
            report(
                .wrongArity(
                    function, expected: aggregateFunction.arity...aggregateFunction.arity, got: arguments.count,
                    file: file))
            return nil
        }
        if let filter = syntax.filter {
            report(.modelMeasureFilter(file: file, range: filter.range))
            return nil
        }
        guard case .name(let path) = arguments[0].kind, path.count == 1, let model = clvModels[path[0].name] else {
            if case .name(let path) = arguments[0].kind, path.count == 1, modelDeclarations[path[0].name] != nil {
                return nil
            }
            report(
                .notACLVModel(
                    file.text(in: arguments[0].range), among: Array(modelDeclarations.keys), file: file,
                    range: arguments[0].range))
            return nil
        }
        var aggregate = Aggregate(function: aggregateFunction, argument: nil, fraction: nil, atPeriodEnd: false)
        aggregate.model = model.name
        if arguments.count == 2 {
            var value: Double?
            if case .number(let literal) = arguments[1].kind { value = literal.value }
            if case .percent(let literal) = arguments[1].kind { value = literal.value / 100 }
            let valid =
                aggregateFunction == .aliveShare
                ? (value.map { $0 > 0 && $0 < 1 } ?? false) : (value.map { $0 >= 1 && $0 <= 120 } ?? false)
            guard valid, let value else {
                let range = arguments[1].range
                report(
                    aggregateFunction == .aliveShare
                        ? .aliveThresholdOutOfRange(file: file, range: range)
                        : .horizonOutOfRange(file: file, range: range))
                return nil
            }
            aggregate.parameter = value
        }
        guard let unit = measureUnit(syntax, aggregate: aggregate, file: file) else { return nil }
        return Measure(
            name: name, unit: unit, aggregate: aggregate, source: model.source, filter: nil,
            text: file.text(in: syntax.expression.range), location: Location(file, syntax.name.range))
    }

    /// The aggregate call of a measure, and the source counted by `count(source)`.
    private mutating func aggregate(of expression: Expression, scope: RowScope, file: SourceFile) -> (
        Aggregate, String?
    )? {
        guard case .call(let name, let arguments) = expression.kind else {
            if case .invalid = expression.kind { return nil }
            report(.measureNotAggregate(file: file, range: expression.range))
            return nil
        }
        if name.name == "last" {
            guard arguments.count == 1 else {
                report(.wrongArity(name, expected: 1...1, got: arguments.count, file: file))
                return nil
            }
            guard case .call(let innerName, _) = arguments[0].kind, AggregateFunction(rawValue: innerName.name) != nil
            else {
                report(.lastNeedsAggregate(file: file, range: arguments[0].range))
                return nil
            }
            guard let (inner, counted) = aggregate(of: arguments[0], scope: scope, file: file) else { return nil }
            return (
                Aggregate(
                    function: inner.function, argument: inner.argument, fraction: inner.fraction, atPeriodEnd: true),
                counted
            )
        }
        guard let function = AggregateFunction(rawValue: name.name) else {
            report(
                RowFunction(rawValue: name.name) != nil
                    ? .rowFunctionAsMeasure(name, expression: file.text(in: expression.range), file: file)
                    : .unknownAggregate(name, file: file))
            return nil
        }
        guard arguments.count == function.arity else {
            report(.wrongArity(name, expected: function.arity...function.arity, got: arguments.count, file: file))
            return nil
        }
        if function == .count, case .name(let path) = arguments[0].kind, path.count == 1,
            sourceDeclarations[path[0].name] != nil
        {
            return (Aggregate(function: .count, argument: nil, fraction: nil, atPeriodEnd: false), path[0].name)
        }
        guard let argument = rowExpression(arguments[0], scope: scope, file: file) else { return nil }
        var fraction: Double?
        if function == .percentile {
            guard let value = percentileFraction(arguments[1], file: file) else { return nil }
            fraction = value
        }
        return (Aggregate(function: function, argument: argument, fraction: fraction, atPeriodEnd: false), nil)
    }

    private mutating func percentileFraction(_ expression: Expression, file: SourceFile) -> Double? {
        var value: Double?
        if case .number(let literal) = expression.kind { value = literal.value }
        if case .percent(let literal) = expression.kind { value = literal.value / 100 }
        guard let value, value > 0, value < 1 else {
            report(.percentileOutOfRange(file: file, range: expression.range))
            return nil
        }
        return value
    }

    /// The source whose joins reach every alias the measure reads.
    private mutating func rootSource(
        for aliases: Set<String>, measure: String, syntax: MeasureDeclaration, file: SourceFile
    ) -> String? {
        guard !aliases.isEmpty else {
            report(.measureReadsNoColumn(measure, file: file, range: syntax.expression.range))
            return nil
        }
        let candidates = aliases.filter { alias in
            guard let source = sources[alias] else { return false }
            return aliases.allSatisfy { $0 == alias || source.joins[$0] != nil }
        }
        guard let root = candidates.sorted().first else {
            if let ambiguous = ambiguousCandidate(for: aliases) {
                report(
                    .ambiguousJoinPath(
                        ambiguous.alias, from: ambiguous.source, file: file, range: syntax.expression.range))
                return nil
            }
            report(
                .sourcesNotJoined(
                    aliases, measure: measure, joiner: sourcesJoining(aliases).first,
                    expression: file.text(in: syntax.expression.range), file: file,
                    range: syntax.expression.range.union(syntax.filter?.range ?? syntax.expression.range)))
            return nil
        }
        guard sources[root]?.time != nil else {
            report(
                .measureSourceHasNoTime(
                    root, measure: measure, datedJoiner: sourcesJoining(aliases).first,
                    expression: file.text(in: syntax.expression.range), file: file, range: syntax.name.range))
            return nil
        }
        return root
    }

    /// The source named by `from SOURCE`: declared, joining every alias the measure reads, dated.
    private mutating func explicitSource(
        _ name: Identifier, aliases: Set<String>, counted: String?, measure: String,
        syntax: MeasureDeclaration, file: SourceFile
    ) -> String? {
        guard let source = sources[name.name] else {
            if sourceDeclarations[name.name] == nil {
                report(.unknownSource(name, among: Array(sourceDeclarations.keys), file: file))
            }
            return nil
        }
        if let counted, counted != name.name {
            report(
                .countOfOtherSource(
                    counted, measure: measure, source: name.name, file: file, range: syntax.expression.range))
            return nil
        }
        if let missing = aliases.sorted().first(where: { $0 != name.name && source.joins[$0] == nil }) {
            if source.ambiguousJoins.contains(missing) {
                report(.ambiguousJoinPath(missing, from: name.name, file: file, range: syntax.range))
            } else {
                let joiner = sourcesJoining(aliases).first { $0 != name.name }
                report(.fromSourceMissesAlias(missing, measure: measure, source: name, joiner: joiner, file: file))
            }
            return nil
        }
        guard source.time != nil else {
            report(
                .measureSourceHasNoTime(
                    name.name, measure: measure, datedJoiner: nil, expression: file.text(in: syntax.expression.range),
                    file: file, range: name.range))
            return nil
        }
        return name.name
    }

    /// The dated sources whose joins reach every alias: candidates for `from`, the one with the
    /// fewest joins (the closest to the columns read) first.
    private func sourcesJoining(_ aliases: Set<String>) -> [String] {
        sources.values.filter { source in
            source.time != nil && aliases.allSatisfy { $0 == source.name || source.joins[$0] != nil }
        }.sorted { ($0.joins.count, $0.name) < ($1.joins.count, $1.name) }.map(\.name)
    }

    /// A referenced source that would reach every alias but for one it reaches ambiguously.
    private func ambiguousCandidate(for aliases: Set<String>) -> (source: String, alias: String)? {
        for alias in aliases.sorted() {
            guard let source = sources[alias] else { continue }
            let missing = aliases.filter { $0 != alias && source.joins[$0] == nil }
            if let first = missing.sorted().first, missing.allSatisfy(source.ambiguousJoins.contains) {
                return (alias, first)
            }
        }
        return nil
    }

    private mutating func measureUnit(_ syntax: MeasureDeclaration, aggregate: Aggregate, file: SourceFile) -> Unit? {
        guard let declared = syntax.unit else { return aggregate.function.defaultUnit }
        guard let unit = unit(declared, file: file) else { return nil }
        if let quantity = aggregate.function.quantity, quantity != unit.quantity {
            report(
                .aggregateUnitMismatch(
                    aggregate.function, gives: quantity, declared: unit, file: file, range: declared.range))
            return nil
        }
        return unit
    }

    /// A unit name, or E0215.
    mutating func unit(_ word: Identifier, file: SourceFile) -> Unit? {
        guard let unit = Unit(rawValue: word.name) else {
            report(.unknownUnit(word, file: file))
            return nil
        }
        return unit
    }
}
