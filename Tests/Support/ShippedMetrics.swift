import Foundation
import ScorecardLanguage

/// The package's shipped files, for tests that run on the real KPI library and docs.
public enum ShippedMetrics {
    /// The package root folder.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The path of a file relative to the package root.
    public static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// Every shipped `metrics/*.kpi` file, read from disk.
    public static func files() -> [SourceFile] {
        let loaded = SourceLoader.load(paths: [path("metrics")])
        precondition(
            loaded.diagnostics.isEmpty, "cannot read the shipped metrics: \(loaded.diagnostics.map(\.message))")
        return loaded.files
    }
}
