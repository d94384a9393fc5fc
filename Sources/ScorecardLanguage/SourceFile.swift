/// A metrics file's text with fast offset-to-line/column mapping.
///
/// ```swift
/// let file = SourceFile(path: "metrics/sales.kpi", text: "a\nbc")
/// file.location(of: 3) // line 2, column 2
/// ```
public struct SourceFile: Sendable {
    /// The path as given by the user, used verbatim in diagnostics.
    public let path: String
    /// The file's text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// Byte offsets at which each line starts.
    public let lineStarts: [Int]

    /// Creates a source file from already decoded text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Creates a source file from raw UTF-8 bytes (validity is checked by the lexer).
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The text of the whole file (invalid UTF-8 is replaced by U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The 1-based line and column (counted in characters) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let prefix = bytes[lineStart..<clamped]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLocation(line: low + 1, column: column, offset: clamped)
    }

    /// The text of a 1-based line without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text covered by a range.
    public func text(in range: SourceRange) -> String {
        let lower = min(max(range.start, 0), bytes.count)
        let upper = min(max(range.end, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// A 1-based line and column plus the byte offset they stand for.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, counted in characters.
    public let column: Int
    /// The byte offset in the file.
    public let offset: Int

    /// A location from its line, column and offset.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`, as diagnostics print it.
    public var description: String { "\(line):\(column)" }
}

/// A half-open byte range `start..<end` inside one source file.
public struct SourceRange: Sendable, Equatable, Hashable {
    /// The first byte's offset.
    public var start: Int
    /// The offset just past the last byte.
    public var end: Int

    /// The range `start..<end`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(Swift.min(start, other.start), Swift.max(end, other.end))
    }
}
