import Foundation

/// Progress lines on standard error, rewritten in place, only when standard error is a terminal.
enum TerminalProgress {
    /// A progress reporter, or nil when standard error is not a terminal (CI, pipes, cron).
    static func ifInteractive() -> ((String) -> Void)? {
        if ProcessInfo.processInfo.environment["SCORECARD_TRACE"] != nil {
            let start = Date()
            return { message in FileHandle.standardError.write(Data(String(format: "%8.3f %@\n", Date().timeIntervalSince(start), message).utf8)) }
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
