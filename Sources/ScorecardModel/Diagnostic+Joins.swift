import ScorecardLanguage

/// The catalogue of join diagnostics: which source a measure aggregates, how sources reach each other
/// and the dimensions of a breakdown (E0212, E0213, E0217, E0220), sorted by code.
extension Diagnostic {
    /// E0212: a breakdown by a dimension whose source the KPI's measure does not join.
    static func breakdownUnreachable(
        kpi: String, dimension: Identifier, source: String, measure: String, missing: String, file: SourceFile
    ) -> Diagnostic {
        Diagnostic(
            .E0212,
            "cannot break kpi '\(kpi)' down by '\(dimension.name)': source '\(source)' (measure '\(measure)') does not join '\(missing)'",
            file: file, range: dimension.range,
            help: "add `join \(missing) …` to source '\(source)', or drop this breakdown")
    }

    /// E0213: one alias joined twice by a source's own joins.
    static func joinedTwice(
        _ alias: String, by source: String, target: String, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0213, "'\(alias)' is joined twice by source '\(source)'", file: file, range: range,
            help: "give one of the joins an alias: `join \(target) as other_\(target) …`")
    }

    /// E0213: an alias a source reaches by two inherited join paths, where it is used.
    static func ambiguousJoinPath(_ alias: String, from source: String, file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0213, "source '\(source)' reaches '\(alias)' by more than one join path", file: file, range: range,
            help: "join '\(alias)' explicitly in source '\(source)' (`join \(alias) via …`) to choose the path")
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

    /// E0220: a join onto a source that declares no key.
    static func joinTargetHasNoKey(
        _ target: Identifier, declaredIn targetFile: SourceFile, at declaration: SourceRange, file: SourceFile
    ) -> Diagnostic {
        Diagnostic(
            .E0220, "cannot join '\(target.name)': it declares no key", file: file, range: target.range,
            notes: [Note("source '\(target.name)' is declared here", file: targetFile, range: declaration)],
            help: "add `key <column>` to source '\(target.name)'")
    }

    /// E0220: `join … via X.column` where the source has not joined X before.
    static func viaNotJoinedYet(_ via: Identifier, source: String, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0220, "'via \(via.name)' names a source that '\(source)' has not joined yet", file: file,
            range: via.range,
            help: "join '\(via.name)' first (`join \(via.name) on <column>`), then join through it")
    }
}
