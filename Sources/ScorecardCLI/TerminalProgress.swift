import Foundation

/// Progress lines on standard error, rewritten in place, only when standard error is a terminal.
///
/// With `SCORECARD_TRACE` set in the environment, every step is printed on its own line with the
/// seconds since the start instead (docs/performance.md uses it to show where the time goes).
enum TerminalProgress {
    /// A progress reporter: a trace when `SCORECARD_TRACE` is set, else nil unless standard
    /// error is a terminal (CI, pipes, cron get nothing).
    static func ifInteractive() -> (@Sendable (String) -> Void)? {
        if ProcessInfo.processInfo.environment["SCORECARD_TRACE"] != nil {
            let start = Date()
            return { message in
                FileHandle.standardError.write(
                    Data(String(format: "%8.3f %@\n", Date().timeIntervalSince(start), message).utf8))
            }
        }
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return { message in
            let line = String(message.prefix(100))
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }
    }

    /// Clears the progress line.
    static func finish() {
        guard isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
