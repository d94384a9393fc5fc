import ScorecardLanguage

/// The catalogue of warnings (W03xx), sorted by code: the scorecard runs, but something is likely missing.
extension Diagnostic {
    /// W0301: a KPI without a target, whose status will be 'none'.
    static func kpiHasNoTarget(_ kpi: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .W0301, "kpi '\(kpi.name)' has no target; its status will be 'none'", file: file, range: kpi.range,
            help: "add `target <value>` or `target from \"budget.csv\"`")
    }

    /// W0302: a KPI without an owner, a description, or both.
    static func kpiUndocumented(_ kpi: Identifier, missing: [String], file: SourceFile) -> Diagnostic {
        Diagnostic(
            .W0302, "kpi '\(kpi.name)' has no \(missing.joined(separator: " or "))", file: file, range: kpi.range,
            help: "the board pack's appendix shows who owns each KPI and what it means")
    }

    /// W0303: a measure no KPI uses.
    static func unusedMeasure(_ measure: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .W0303, "measure '\(measure.name)' is not used by any KPI", file: file, range: measure.range,
            help: "use it in a KPI or remove it")
    }
}
