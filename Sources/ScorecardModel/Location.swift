import ScorecardLanguage

/// Where a definition was written, for messages that name the file and line.
public struct Location: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int

    init(_ file: SourceFile, _ range: SourceRange) {
        let location = file.location(of: range.start)
        self.path = file.path
        self.line = location.line
        self.column = location.column
    }

    public var description: String { "\(path):\(line):\(column)" }
}
