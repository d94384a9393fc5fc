import ScorecardLanguage

/// The catalogue of expression diagnostics: names, functions and aggregates in measures, KPI values and
/// row expressions (E0203, E0214–E0216, E0221), sorted by code.
extension Diagnostic {
    /// E0203: a KPI value naming neither a measure nor a KPI.
    static func unknownMeasureOrKPI(_ name: Identifier, among declared: [String], file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0203, "unknown measure or KPI '\(name.name)'", file: file, range: name.range,
            help: Suggestion.didYouMean(name.name, among: declared))
    }

    /// E0203: a model measure whose first argument names no CLV model.
    static func notACLVModel(_ text: String, among models: [String], file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0203, "'\(text)' is not a CLV model", file: file, range: range,
            help: Suggestion.didYouMean(text, among: models)
                ?? "declare it with `model NAME { source … customer … amount … }`")
    }

    /// E0214: a call with the wrong number of arguments.
    static func wrongArity(_ name: Identifier, expected: ClosedRange<Int>, got: Int, file: SourceFile) -> Diagnostic {
        let count =
            expected.lowerBound == expected.upperBound
            ? "\(expected.lowerBound)" : "\(expected.lowerBound) to \(expected.upperBound)"
        return Diagnostic(
            .E0214, "'\(name.name)' takes \(count) argument\(expected.upperBound == 1 ? "" : "s"), not \(got)",
            file: file, range: name.range)
    }

    /// E0214: a measure calling no known aggregate.
    static func unknownAggregate(_ name: Identifier, file: SourceFile) -> Diagnostic {
        let known = AggregateFunction.allCases.map(\.rawValue) + ["last"]
        return Diagnostic(
            .E0214, "unknown aggregate '\(name.name)'", file: file, range: name.range,
            help: Suggestion.didYouMean(name.name, among: known) ?? "aggregates: \(known.joined(separator: ", "))")
    }

    /// E0214: a KPI value calling no known KPI function.
    static func unknownKPIFunction(_ name: Identifier, file: SourceFile) -> Diagnostic {
        unknownFunction(name, known: KPIFunction.allCases.map(\.rawValue), kind: "KPI functions", file: file)
    }

    /// E0214: a row expression calling no known row function.
    static func unknownRowFunction(_ name: Identifier, file: SourceFile) -> Diagnostic {
        unknownFunction(name, known: RowFunction.allCases.map(\.rawValue), kind: "row functions", file: file)
    }

    /// E0214: the common shape of an unknown function, with a suggestion or the list of known ones.
    private static func unknownFunction(_ name: Identifier, known: [String], kind: String, file: SourceFile)
        -> Diagnostic
    {
        Diagnostic(
            .E0214, "unknown function '\(name.name)'", file: file, range: name.range,
            help: Suggestion.didYouMean(name.name, among: known) ?? "\(kind): \(known.joined(separator: ", "))")
    }

    /// E0215: a unit name the language does not know.
    static func unknownUnit(_ word: Identifier, file: SourceFile) -> Diagnostic {
        let units = Unit.allCases.map(\.rawValue)
        return Diagnostic(
            .E0215, "unknown unit '\(word.name)'", file: file, range: word.range,
            help: Suggestion.didYouMean(word.name, among: units) ?? "units: \(units.joined(separator: ", "))")
    }

    /// E0216: an aggregate inside a row expression (a filter, or nested in another aggregate).
    static func aggregateInRowExpression(_ name: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0216, "aggregate '\(name.name)' cannot be used here", file: file, range: name.range,
            help: "aggregates make measures; an aggregate cannot be nested in another or used in a filter")
    }

    /// E0216: an aggregate written directly in a KPI value.
    static func aggregateInKPIValue(_ name: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0216, "aggregate '\(name.name)' cannot be used in a KPI value", file: file, range: name.range,
            help: "define a measure with it and use the measure's name")
    }

    /// E0216: a `source.column` written directly in a KPI value.
    static func columnInKPIValue(_ path: [Identifier], file: SourceFile) -> Diagnostic {
        let column = path.map(\.name).joined(separator: ".")
        return Diagnostic(
            .E0216, "column '\(column)' cannot be used in a KPI value", file: file,
            range: path[0].range.union(path[path.count - 1].range),
            help: "aggregate it in a measure first, e.g. `measure total = sum(\(column))`")
    }

    /// E0216: a dimension that reads no column.
    static func dimensionReadsNoColumn(_ name: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0216, "dimension '\(name)' reads no column", file: file, range: range,
            help: "a dimension is a column such as regions.name")
    }

    /// E0216: `last(…)` around something other than an aggregate.
    static func lastNeedsAggregate(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0216, "last(…) takes an aggregate, e.g. last(sum(balances.amount))", file: file, range: range)
    }

    /// E0216: a measure that is not an aggregate call.
    static func measureNotAggregate(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0216, "a measure must be an aggregate such as sum(…) or count_distinct(…)", file: file, range: range,
            help: "arithmetic between measures belongs in a KPI's value")
    }

    /// E0216: a measure that reads no column.
    static func measureReadsNoColumn(_ measure: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0216, "measure '\(measure)' reads no column", file: file, range: range)
    }

    /// E0216: a `where` on a measure of a CLV model.
    static func modelMeasureFilter(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0216, "a measure of a CLV model takes no 'where'", file: file, range: range,
            help: "filter the model's source instead")
    }

    /// E0216: a row function used as a measure without an aggregate around it.
    static func rowFunctionAsMeasure(_ name: Identifier, expression: String, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0216, "'\(name.name)' is a row function; wrap it in an aggregate", file: file, range: name.range,
            help: "e.g. avg(\(expression))")
    }

    /// E0221: `alive_share(model, p)` with a threshold outside (0, 1).
    static func aliveThresholdOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0221, "the P(alive) threshold must be between 0 and 1", file: file, range: range)
    }

    /// E0221: a CLV horizon outside 1 to 120 months.
    static func horizonOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0221, "the horizon must be a number of months from 1 to 120", file: file, range: range)
    }

    /// E0221: `percentile(x, p)` with p outside (0, 1).
    static func percentileOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0221, "the percentile must be a number between 0 and 1", file: file, range: range,
            help: "write percentile(x, 0.9) or percentile(x, 90%) for the 90th percentile")
    }
}
