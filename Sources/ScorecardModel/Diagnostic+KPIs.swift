import ScorecardLanguage

/// The catalogue of KPI property diagnostics: stage, focus, polarity, thresholds and targets
/// (E0209–E0211, E0219), sorted by code.
extension Diagnostic {
    /// E0209: a stage that is not one of the six customer-lifecycle stages.
    static func notAStage(_ word: Identifier, file: SourceFile) -> Diagnostic {
        let ids = Stage.allCases.map(\.rawValue)
        return Diagnostic(
            .E0209, "'\(word.name)' is not a stage", file: file, range: word.range,
            help: Suggestion.didYouMean(word.name, among: ids) ?? "stages: \(ids.joined(separator: ", "))")
    }

    /// E0210: a focus other than internal or external.
    static func notAFocus(_ word: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0210, "'\(word.name)' is not a focus", file: file, range: word.range,
            help: Suggestion.didYouMean(word.name, among: ["internal", "external"])
                ?? "write `focus internal` (how the enterprise operates) or `focus external` (how customers experience it)"
        )
    }

    /// E0211: `better` followed by something other than higher or lower.
    static func notAPolarity(_ word: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0211, "'\(word.name)' is not a polarity", file: file, range: word.range,
            help: "write `better higher` or `better lower`")
    }

    /// E0211: a threshold direction other than below or above.
    static func notADirection(
        _ word: Identifier, band: String, expected: Threshold.Direction, file: SourceFile
    ) -> Diagnostic {
        Diagnostic(
            .E0211, "'\(word.name)' is not a direction", file: file, range: word.range,
            help: "write `\(band) \(expected.rawValue) …`")
    }

    /// E0211: a threshold pointing the way the KPI's polarity calls good.
    static func thresholdContradictsPolarity(
        band: String, direction: Threshold.Direction, polarity: Polarity, file: SourceFile, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0211, "`\(band) \(direction.rawValue)` contradicts `better \(polarity.rawValue)`", file: file,
            range: range,
            help: polarity == .higher
                ? "for a KPI where higher is better write `\(band) below …`, or add `better lower`"
                : "for a KPI where lower is better write `\(band) above …`")
    }

    /// E0211: a red band that does not lie beyond the amber band.
    static func redNotBeyondAmber(polarity: Polarity, file: SourceFile, range: SourceRange, amber: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0211, "the red band must lie beyond the amber band", file: file, range: range,
            notes: [Note("amber band here", file: file, range: amber)],
            help: polarity == .higher
                ? "for `better higher`, red's boundary is below amber's (e.g. amber below 100%, red below 90%)"
                : "for `better lower`, red's boundary is above amber's (e.g. amber above 100%, red above 110%)")
    }

    /// E0219: a budget file with no rows for the KPI; suggests a similar id the file has.
    static func budgetFileHasNoRows(_ path: String, kpi: String, ids: [String], file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0219, "budget file '\(path)' has no rows for kpi '\(kpi)'", file: file, range: range,
            help: Suggestion.didYouMean(kpi, among: ids).map { "the file has rows for a similar id: \($0)" })
    }

    /// E0219: a budget file that cannot be read.
    static func budgetFileNotFound(_ path: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0219, "budget file '\(path)' not found", file: file, range: range,
            help: "budget files are read relative to the metrics file's folder")
    }

    /// E0219: a malformed line of a budget file, located at the file's path and line.
    static func budgetFileProblem(_ path: String, _ problem: BudgetCSV.Problem, file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        let reason =
            switch problem.kind {
            case .header: "the header must name the columns kpi, period and target"
            case .fieldCount(let expected, let found): "expected \(expected) fields, found \(found)"
            case .notAMonth(let text): "'\(text)' is not a month such as 2026-04"
            case .notANumber(let text): "'\(text)' is not a number"
            }
        return Diagnostic(.E0219, "\(path):\(problem.line): \(reason)", file: file, range: range)
    }

    /// E0219: two constant targets for the same month (or two without `from`).
    static func targetGivenTwice(
        from period: String?, file: SourceFile, range: SourceRange, first: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            .E0219, period.map { "the target for \($0) is given twice" } ?? "more than one target without 'from'",
            file: file, range: range, notes: [Note("first given here", file: file, range: first)],
            help: "give each later target the month it applies from: `target 130 from 2026-04`")
    }

    /// E0219: a KPI mixing constant targets, budget files and target tables.
    static func targetsFromSeveralPlaces(kpi: String, file: SourceFile, range: SourceRange, first: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0219, "kpi '\(kpi)' takes its target from more than one place", file: file, range: range,
            notes: [Note("first target here", file: file, range: first)],
            help: "use either constant targets (a schedule with `from`), one budget file or one table")
    }

    /// E0219: `target table NAME (…)` naming other than three columns.
    static func targetTableColumns(_ count: Int, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0219, "a target table names three columns (kpi, period, target), not \(count)", file: file, range: range)
    }
}
