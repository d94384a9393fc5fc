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
    public let path: String
    public let line: Int
    public let column: Int
    /// How many characters the caret underlines.
    public let length: Int
    public let message: String
    public let help: String?
    /// The text of the line, for the excerpt.
    public let lineText: String

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
