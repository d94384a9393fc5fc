/// An error that a command reports to the user with a specific exit code.
///
/// Commands throw it, or the libraries' own errors, which `Scorecard.runAndExit()` maps;
/// that function is the one place that prints the message and exits.
struct CommandFailure: Error {
    /// The text printed to standard error; empty when diagnostics were already printed.
    let message: String
    /// The process exit code, below 128.
    let exitCode: Int32

    /// Input errors such as broken metrics files or missing columns.
    static func input(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 1) }
    /// Environment failures such as unreadable files or a locked database.
    static func environment(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 3) }
    /// A source's data does not reach far enough to cover the period (`run` without `--allow-incomplete`).
    static func dataIncomplete(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 4) }
}
