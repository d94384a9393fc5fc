import ScorecardLanguage

/// The errors of metrics files that stop a command before it reads the database (exit 1).
struct MetricsCheckFailure: DiagnosticsError {
    /// The checker's errors (warnings are left out).
    let diagnostics: [Diagnostic]

    /// The errors as text, then `2 errors in the metrics: nothing was evaluated`.
    var userMessage: String {
        renderedDiagnostics
            + "\(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s") in the metrics: nothing was evaluated"
    }

    /// Broken metrics are the input's.
    var category: ErrorCategory { .input }
}
