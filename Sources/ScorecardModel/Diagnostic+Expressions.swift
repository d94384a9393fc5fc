import ScorecardLanguage

/// The catalogue of expression diagnostics: measures, KPI values and row expressions (E0203, E0208,
/// E0214–E0217, E0221), sorted by code.
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

    /// E0208: a KPI value that is not arithmetic (a comparison or condition).
    static func kpiValueNotArithmetic(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0208, "a KPI value must be arithmetic over measures and KPIs", file: file, range: range,
            help: "conditions belong in a measure's `where`")
    }

    /// E0208: a measure's declared unit that its aggregate cannot give (e.g. `count` as money).
    static func aggregateUnitMismatch(
        _ function: AggregateFunction, gives quantity: Quantity, declared unit: Unit, file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0208, "\(function.rawValue)(…) gives \(quantity.phrase), not \(unit.rawValue)", file: file, range: range,
            help: "declare it as \(quantity.compatibleUnits.map(\.rawValue).joined(separator: " or "))")
    }

    /// E0208: a KPI whose declared unit does not fit the quantity of its value.
    static func kpiUnitMismatch(
        kpi: String, declared: Unit, value quantity: Quantity, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0208, "kpi '\(kpi)' is declared \(declared.rawValue) but its value is \(quantity.phrase)",
            file: file, range: range,
            help:
                "declare it as \(quantity.compatibleUnits.map(\.rawValue).joined(separator: " or ")), or change the value"
        )
    }

    /// E0208: KPI arithmetic over quantities that do not combine (money plus a count).
    static func incompatibleArithmetic(
        kpi: String, op: String, _ left: Quantity, _ right: Quantity, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        let verb =
            switch op {
            case "+": "add"
            case "-": "subtract"
            case "*": "multiply"
            default: "divide"
            }
        return unitMismatch(kpi: kpi, "cannot \(verb) \(left.phrase) and \(right.phrase)", file: file, range: range)
    }

    /// E0208: a comparison function (e.g. `ratio`) over quantities of different kinds.
    static func unlikeComparison(
        kpi: String, _ function: KPIFunction, _ left: Quantity, _ right: Quantity, file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        unitMismatch(
            kpi: kpi, "\(function.rawValue)(…) compares like with like, not \(left.phrase) with \(right.phrase)",
            file: file, range: range)
    }

    /// E0208: the common shape of a unit mismatch inside a KPI value.
    private static func unitMismatch(kpi: String, _ detail: String, file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0208, "unit mismatch in kpi '\(kpi)': \(detail)", file: file, range: range,
            help: "money, counts and durations can only be added to their own kind; divide to get a ratio")
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

    /// E0217: `count(a) from b`, counting the rows of another source than the one aggregated.
    static func countOfOtherSource(
        _ counted: String, measure: String, source: String, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0217,
            "count(\(counted)) counts the rows of '\(counted)', but measure '\(measure)' aggregates '\(source)'",
            file: file, range: range, help: "write count(\(source)) to count the rows of '\(source)'")
    }

    /// E0217: a measure reading sources none of which joins the others; suggests a source that joins them all.
    static func sourcesNotJoined(
        _ aliases: Set<String>, measure: String, joiner: String?, expression: String, file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0217,
            "measure '\(measure)' reads \(aliases.sorted().map { "'\($0)'" }.joined(separator: " and ")), which none of them joins together",
            file: file, range: range,
            help: joiner.map { "say which source to aggregate: `\(expression) from \($0) …`" }
                ?? "each measure is aggregated over one source; join the others to it with `join … on …`")
    }

    /// E0217: `from SOURCE` naming a source that does not join an alias the measure reads.
    static func fromSourceMissesAlias(
        _ missing: String, measure: String, source: Identifier, joiner: String?, file: SourceFile
    ) -> Diagnostic {
        Diagnostic(
            .E0217, "measure '\(measure)' reads '\(missing)', which source '\(source.name)' does not join",
            file: file, range: source.range,
            help: joiner.map { "source '\($0)' joins everything the measure reads: `from \($0)`" }
                ?? "join '\(missing)' in source '\(source.name)' (`join \(missing) on …`)")
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
