import ArgumentParser

/// How diagnostics are written: text for people on standard error, or JSON for editors and CI.
///
/// JSON is the array of ``DiagnosticRenderer/json(_:)`` on standard output, the same for
/// `check --format json`, `eval --format json` and `run --diagnostics-format json`.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
