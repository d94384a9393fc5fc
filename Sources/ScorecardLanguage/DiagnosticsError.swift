/// A user-facing error made of diagnostics, which the CLI renders as text or as JSON.
///
/// `scorecard eval --format json` writes ``diagnostics`` as the JSON array of
/// `scorecard check --format json` (``DiagnosticRenderer/json(_:)``); otherwise the CLI prints
/// ``UserFacingError/userMessage``: the diagnostics as text and a closing line.
///
/// ```text
/// metrics/sales.kpi:7:9: error[E0402]: measure 'revenue' (used by kpi 'revenue'): table 'orders' has no column 'amont'
///   |
/// 7 | measure revenue: money = sum(orders.amont)
///   |         ^~~~~~~
///    = help: did you mean 'amount'?
/// 1 schema problem: nothing was evaluated
/// ```
public protocol DiagnosticsError: UserFacingError {
    /// The diagnostics, in the order they are reported; at least one is an error.
    var diagnostics: [Diagnostic] { get }
}

extension DiagnosticsError {
    /// The diagnostics rendered as text, one after another (each ends with a line break).
    public var renderedDiagnostics: String { diagnostics.map(DiagnosticRenderer.text).joined() }
}
