import Foundation
import ScorecardEngine
import ScorecardLanguage
import ScorecardModel

/// Reads, parses and checks the metrics files under some paths.
enum MetricsLoader {
    /// The outcome of checking a metrics folder.
    struct Result {
        let model: MetricsModel?
        let diagnostics: [Diagnostic]
        let fileCount: Int

        var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        var warningCount: Int { diagnostics.count - errorCount }
        var kpiCount: Int { model?.kpis.count ?? 0 }
    }

    static func check(paths: [String]) -> Result {
        let loaded = SourceLoader.load(paths: paths)
        let checked = Checker.check(loaded.files.map(Parser.parse))
        return Result(
            model: checked.model, diagnostics: loaded.diagnostics + checked.diagnostics, fileCount: loaded.files.count)
    }

    /// The checked model of a metrics folder, or its errors as a ``MetricsCheckFailure`` (exit 1).
    static func model(at metrics: String) throws -> MetricsModel {
        let result = check(paths: [metrics])
        // A folder that is missing or holds no metrics files is an error too, not an empty scorecard.
        guard let model = result.model, result.errorCount == 0 else {
            throw MetricsCheckFailure(diagnostics: result.diagnostics.filter { $0.severity == .error })
        }
        return model
    }

    /// A `--period` value in the model's fiscal calendar, or a ``PeriodError`` (a usage failure, exit 2).
    static func period(_ text: String, for model: MetricsModel) throws -> ReportingPeriod {
        try PeriodParser.parse(text, fiscalYearStart: model.settings.fiscalYearStart, today: Date())
    }
}
