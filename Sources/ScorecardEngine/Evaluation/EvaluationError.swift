import ScorecardLanguage
import ScorecardModel

/// Why a scorecard could not be evaluated: what kind of problem, and its diagnostics (E04xx).
///
/// Built by the static functions below, each from the diagnostics catalogue
/// (`Diagnostic+Evaluation.swift`), so the CLI renders it as text or JSON like the checker's.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    /// The kind of problem, with what a program may want to look at.
    public enum Kind: Sendable {
        /// The metrics refer to tables or columns the database does not have.
        case schema
        /// A KPI id given on the command line is not defined.
        case unknownKPI(String)
        /// A target table could not be read.
        case targetTable(kpi: String, table: String)
        /// A percentile measure met a value that is not a number.
        case notANumber(measure: String, value: String)
        /// Sources whose data does not reach far enough to cover the period.
        case dataIncomplete(period: String, sources: [SourceCoverage])
        /// Rows hold values the evaluation cannot use, and the policy is to stop (`bad_rows stop`).
        case badRows([BadRows])
        /// The database does not know the scorecard's `time_zone`.
        case unknownTimeZone(String)
    }

    /// The kind of problem.
    public let kind: Kind
    /// The problem's diagnostics, one per missing column, bad column or source short of the period.
    public let diagnostics: [Diagnostic]

    /// The whole message as the CLI prints it: ``userMessage``.
    public var description: String { userMessage }

    /// Tables or columns the metrics need and the database lacks (E0401, E0402).
    static func schema(_ problems: [Diagnostic]) -> EvaluationError {
        EvaluationError(kind: .schema, diagnostics: problems)
    }

    /// A KPI id given on the command line that is not defined (E0403).
    static func unknownKPI(_ id: String, suggestion: String?) -> EvaluationError {
        EvaluationError(kind: .unknownKPI(id), diagnostics: [.unknownKPI(id, suggestion: suggestion)])
    }

    /// A target table that cannot be read, at the KPI's definition (E0404).
    static func targetTable(kpi: KPI, table: String, reason: String) -> EvaluationError {
        EvaluationError(
            kind: .targetTable(kpi: kpi.id, table: table),
            diagnostics: [.unreadableTargetTable(kpi: kpi.id, table: table, reason: reason, at: kpi.location)])
    }

    /// A value that is not a number under a percentile measure, at the measure's definition (E0405).
    static func notANumber(measure: String, location: Location, value: String) -> EvaluationError {
        EvaluationError(
            kind: .notANumber(measure: measure, value: value),
            diagnostics: [.percentileOfNotANumber(measure: measure, value: value, at: location)])
    }

    /// Sources short of the period, each at its source's definition in `model` (E0407).
    static func dataIncomplete(period: String, sources: [SourceCoverage], in model: MetricsModel) -> EvaluationError {
        EvaluationError(
            kind: .dataIncomplete(period: period, sources: sources),
            diagnostics: sources.map {
                .dataIncomplete($0, period: period, at: model.sources[$0.source]?.location)
            })
    }

    /// A `time_zone` the database does not know, at the setting (E0408).
    static func unknownTimeZone(_ zone: String, location: Location?, reason: String) -> EvaluationError {
        EvaluationError(
            kind: .unknownTimeZone(zone), diagnostics: [.unknownTimeZone(zone, reason: reason, at: location)])
    }

    /// Rows that stop the evaluation, each at its source's definition in `model` (E0406).
    static func badRows(_ found: [BadRows], in model: MetricsModel) -> EvaluationError {
        EvaluationError(
            kind: .badRows(found), diagnostics: found.map { .badRows($0, at: model.sources[$0.source]?.location) })
    }
}
