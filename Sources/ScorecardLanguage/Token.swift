/// One lexical token with its range and the trivia (whitespace and comments) before it.
///
/// Concatenating every token's trivia and text reproduces the file exactly.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public let kind: TokenKind
    /// The token's own text range.
    public let range: SourceRange
    /// The whitespace and comments between the previous token and this one.
    public let triviaRange: SourceRange
    /// True when a line break occurs in the trivia (or this is the file's first token).
    public let startsLine: Bool

    /// A token from its kind, ranges and line-start flag.
    public init(kind: TokenKind, range: SourceRange, triviaRange: SourceRange, startsLine: Bool) {
        self.kind = kind
        self.range = range
        self.triviaRange = triviaRange
        self.startsLine = startsLine
    }
}

/// The kinds of token of the metrics language.
public enum TokenKind: Sendable, Equatable {
    /// A word such as `kpi`, `revenue` or `` `Order Date` `` (keywords are contextual).
    case identifier(String)
    /// A string literal with escapes resolved.
    case string(String)
    /// A number as written, e.g. `120.50`.
    case number(String)
    /// A percent literal such as `90%`; the text excludes the sign.
    case percent(String)
    /// A month (`2026-04`) or a date (`2026-04-30`) as written.
    case period(String)
    /// Punctuation or an operator, e.g. `{`, `.`, `<=`.
    case symbol(String)
    /// A character or sequence the lexer could not read (already diagnosed).
    case invalid
    /// The end of the file; its trivia holds trailing comments.
    case endOfFile

    /// A short description for "expected …, found …" messages.
    public var display: String {
        switch self {
        case .identifier(let name): "'\(name)'"
        case .string: "a string"
        case .number(let text): "number \(text)"
        case .percent(let text): "\(text)%"
        case .period(let text): "period \(text)"
        case .symbol(let text): "'\(text)'"
        case .invalid: "an invalid character"
        case .endOfFile: "end of file"
        }
    }
}

/// A `#` comment, kept for the formatter.
public struct Comment: Sendable, Equatable {
    /// The comment's range, from `#` to the end of the line (line break excluded).
    public let range: SourceRange
    /// The comment text including the leading `#`.
    public let text: String
    /// True when code precedes the comment on its line (a trailing comment).
    public let isTrailing: Bool
}
