import ScorecardLanguage

/// The catalogue of declaration diagnostics: names, references and required properties (E0201–E0207,
/// E0222), sorted by code.
extension Diagnostic {
    /// E0201: a name defined twice for the same kind of declaration.
    static func duplicateDefinition(
        _ kind: String, _ name: Identifier, file: SourceFile, first: SourceRange, firstFile: SourceFile
    ) -> Diagnostic {
        Diagnostic(
            .E0201, "\(kind) '\(name.name)' is defined twice", file: file, range: name.range,
            notes: [Note("first defined here", file: firstFile, range: first)],
            help: "rename one of them or remove the duplicate")
    }

    /// E0202: a source name that no `source` declares, with a suggestion among the declared ones.
    static func unknownSource(_ name: Identifier, among declared: [String], file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0202, "unknown source '\(name.name)'", file: file, range: name.range,
            help: Suggestion.didYouMean(name.name, among: declared))
    }

    /// E0202: a column named without its source (`amount` for `orders.amount`), or with too many parts.
    static func columnWithoutSource(_ path: [Identifier], measures: [String], file: SourceFile) -> Diagnostic {
        let single = path.count == 1
        return Diagnostic(
            .E0202, "'\(path.map(\.name).joined(separator: "."))' must be written source.column", file: file,
            range: path[0].range.union(path[path.count - 1].range),
            help: single
                ? Suggestion.closest(to: path[0].name, among: measures)
                    .map { "'\($0)' is a measure; measures are used in KPI values, not inside other measures" }
                    ?? "name the column with its source, e.g. orders.\(path[0].name)" : nil)
    }

    /// E0202: a source's filter, time column or model reads an alias the source does not join.
    static func aliasNotJoined(_ alias: String, bySource source: String, file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0202, "source '\(source)' does not join '\(alias)'", file: file, range: range,
            help: "add `join \(alias) on <column>` to the source")
    }

    /// E0204: a breakdown naming no declared dimension.
    static func unknownDimension(_ name: Identifier, among declared: [String], file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0204, "unknown dimension '\(name.name)'", file: file, range: name.range,
            help: Suggestion.didYouMean(name.name, among: declared)
                ?? "declare it with `dimension \(name.name) = source.column`")
    }

    /// E0205: a single-valued property given twice in one block.
    static func duplicateProperty(_ keyword: Identifier, first: SourceRange, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0205, "'\(keyword.name)' is given twice", file: file, range: keyword.range,
            notes: [Note("first given here", file: file, range: first)],
            help: "keep one '\(keyword.name)' line")
    }

    /// E0206: a KPI without one of its required properties (stage, focus, value).
    static func kpiMissingProperty(_ keyword: String, kpi: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0206, "kpi '\(kpi.name)' has no '\(keyword)'", file: file, range: kpi.range,
            help: "add a line `\(keyword) …` to the kpi block")
    }

    /// E0206: a CLV model without its source, customer or amount.
    static func modelMissingProperties(_ missing: [String], model: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0206, "model '\(model.name)' has no \(missing.map { "'\($0)'" }.joined(separator: " or "))", file: file,
            range: model.range, help: "a model names its source, customer column and amount column")
    }

    /// E0206: a CLV model on a source without a time column.
    static func modelSourceHasNoTime(_ source: Identifier, model: String, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0206, "source '\(source.name)' has no 'time' column, which model '\(model)' needs", file: file,
            range: source.range, help: "add `time <column>` to source '\(source.name)'")
    }

    /// E0206: a measure aggregated over a source without a time column; names a dated source that joins it if any.
    static func measureSourceHasNoTime(
        _ source: String, measure: String, datedJoiner: String?, expression: String, file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0206, "source '\(source)' has no 'time' column, which measure '\(measure)' needs", file: file,
            range: range,
            help: datedJoiner.map {
                "to aggregate over the rows of a dated source that joins '\(source)', write `\(expression) from \($0)`"
            }
                ?? "add `time <column>` to source '\(source)'")
    }

    /// E0206: a `lag` on a source without a time column.
    static func lagWithoutTime(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0206, "'lag' says how far a source's dated rows must reach, but this source has no 'time' column",
            file: file, range: range, help: "add `time <column>`, or remove the lag")
    }

    /// E0206: a source without its database table.
    static func sourceHasNoTable(_ source: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0206, "source '\(source.name)' has no 'table'", file: file, range: source.range,
            help: "add a line `table <database table>` to the source")
    }

    /// E0207: KPIs that use each other in a cycle, with a note at each KPI between the first and the last.
    static func dependencyCycle(
        _ cycle: [String], others: [(id: String, file: SourceFile, range: SourceRange)], file: SourceFile,
        range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0207, "KPIs depend on each other in a cycle: \(cycle.joined(separator: " → "))", file: file,
            range: range, notes: others.map { Note("'\($0.id)' is defined here", file: $0.file, range: $0.range) },
            help: "a KPI cannot use itself, directly or through other KPIs")
    }

    /// E0222: a second `scorecard { … }` block in the metrics folder.
    static func extraSettingsBlock(
        file: SourceFile, range: SourceRange, first: SourceRange, firstFile: SourceFile
    ) -> Diagnostic {
        Diagnostic(
            .E0222, "more than one scorecard settings block", file: file, range: range,
            notes: [Note("the first one is here", file: firstFile, range: first)],
            help: "keep one `scorecard { … }` block in the metrics folder")
    }
}
