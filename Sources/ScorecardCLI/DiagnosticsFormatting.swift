/// A command that chooses how the diagnostics of its failure are written.
///
/// `Scorecard.runAndExit()` asks the parsed command for its format and renders any
/// ``DiagnosticsError`` it throws that way; commands never catch one themselves.
protocol DiagnosticsFormatting {
    /// The format for diagnostics if the command fails with them.
    var diagnosticsFormat: DiagnosticsFormat { get }
}
