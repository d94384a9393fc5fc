import ScorecardLanguage

/// Where a definition was written, for messages that name the file and line.
public struct Location: Sendable, Equatable, CustomStringConvertible {
    /// The metrics file's path.
    public let path: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    init(_ file: SourceFile, _ range: SourceRange) {
        let location = file.location(of: range.start)
        self.path = file.path
        self.line = location.line
        self.column = location.column
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }
}
