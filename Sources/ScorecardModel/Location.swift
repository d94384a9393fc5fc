import ScorecardLanguage

/// Where a definition was written, for messages that name the file and line.
///
/// It keeps the file and the range of the definition's name, so a diagnostic about the definition
/// (a column the database lacks) shows the line with a caret like the checker's.
public struct Location: Sendable, Equatable, CustomStringConvertible {
    /// The metrics file's path.
    public let path: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int
    /// The metrics file the definition is in.
    public let file: SourceFile
    /// The byte range of the definition's name in ``file``.
    public let range: SourceRange

    init(_ file: SourceFile, _ range: SourceRange) {
        let location = file.location(of: range.start)
        self.path = file.path
        self.line = location.line
        self.column = location.column
        self.file = file
        self.range = range
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }

    /// Two locations are equal when they name the same range of the same path.
    public static func == (lhs: Location, rhs: Location) -> Bool { lhs.path == rhs.path && lhs.range == rhs.range }
}
