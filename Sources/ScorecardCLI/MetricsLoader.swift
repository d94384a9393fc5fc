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
        return Result(model: checked.model, diagnostics: loaded.diagnostics + checked.diagnostics, fileCount: loaded.files.count)
    }
}
