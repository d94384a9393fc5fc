/// A problem in a commentary file, located by file, line and column.
///
/// Printed like the metrics diagnostics:
///
/// ```
/// commentary/2026-10.md:7:4: error: unknown KPI 'net_revnue'
///   |
/// 7 | ## net_revnue
///   |    ^~~~~~~~~~
///   = help: did you mean 'net_revenue'?
/// ```
public struct CommentaryIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The commentary file's path.
    public let path: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column where the caret starts.
    public let column: Int
    /// How many characters the caret underlines.
    public let length: Int
    /// What is wrong, e.g. "unknown KPI 'net_revnue'".
    public let message: String
    /// A suggestion such as "did you mean 'net_revenue'?".
    public let help: String?
    /// The text of the line, for the excerpt.
    public let lineText: String

    /// An issue at a place in a commentary file, with the line's text for the excerpt.
    public init(
        path: String, line: Int, column: Int, length: Int = 1, message: String, help: String? = nil, lineText: String
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.message = message
        self.help = help
        self.lineText = lineText
    }

    /// The issue printed like a metrics diagnostic: header, excerpt with caret, help.
    public var description: String {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        var text = "\(path):\(line):\(column): error: \(message)\n"
        text += "\(gutter) |\n\(number) | \(lineText)\n"
        text +=
            "\(gutter) | " + String(repeating: " ", count: max(0, column - 1)) + "^"
            + String(repeating: "~", count: length - 1) + "\n"
        if let help { text += "\(gutter) = help: \(help)\n" }
        return text
    }
}
