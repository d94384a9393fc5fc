/// An error a user can act on, in one shape for every library.
///
/// It carries the message to print and what kind of failure it is. The CLI prints
/// ``userMessage`` and exits with the category's code, in one place, whatever library threw it.
///
/// ```swift
/// extension DatabaseError: UserFacingError {
///     public var userMessage: String { "error: \(message)" }
///     public var category: ErrorCategory { .environment }
/// }
/// ```
public protocol UserFacingError: Error {
    /// The whole message for standard error, one or more lines (`error: …`, `file:line:col: error: …`).
    var userMessage: String { get }
    /// What kind of failure it is, which picks the exit code.
    var category: ErrorCategory { get }
}

/// The kinds of failure, each with its exit code.
public enum ErrorCategory: Int32, Sendable {
    /// The input has errors: metrics files, missing columns, bad rows, values a model cannot fit (1).
    case input = 1
    /// The command was used wrongly: options, arguments (2).
    case usage = 2
    /// The environment failed: files, the database, the disk (3).
    case environment = 3
    /// A source's data does not cover the period; nothing was published (4).
    case dataIncomplete = 4

    /// The process exit code.
    public var exitCode: Int32 { rawValue }
}
