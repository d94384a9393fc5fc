/// Turns a metrics file into tokens and comments, diagnosing malformed input without stopping.
///
/// ```swift
/// let result = Lexer.tokenize(SourceFile(path: "a.kpi", text: "kpi x { }"))
/// result.tokens.map(\.kind) // identifier kpi, identifier x, {, }, end of file
/// ```
public struct Lexer {
    /// Tokens, comments and lexical diagnostics of one file.
    public struct Result: Sendable {
        /// Every token in order, ending with `.endOfFile`.
        public var tokens: [Token]
        /// The file's comments, for the formatter.
        public var comments: [Comment]
        /// The lexical diagnostics (E0101–E0104).
        public var diagnostics: [Diagnostic]
    }

    private let file: SourceFile
    private let bytes: [UInt8]
    private var position = 0
    private var tokens: [Token] = []
    private var comments: [Comment] = []
    private var diagnostics: [Diagnostic] = []

    private init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
    }

    /// Tokenizes a whole file; the last token is always `.endOfFile`.
    public static func tokenize(_ file: SourceFile) -> Result {
        var lexer = Lexer(file: file)
        lexer.run()
        return Result(tokens: lexer.tokens, comments: lexer.comments, diagnostics: lexer.diagnostics)
    }

    private mutating func run() {
        if let badOffset = Lexer.firstInvalidUTF8Offset(bytes) {
            diagnostics.append(.notUTF8(file: file, at: badOffset))
            let end = bytes.count
            tokens.append(
                Token(
                    kind: .endOfFile, range: SourceRange(end, end), triviaRange: SourceRange(0, end), startsLine: true))
            return
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while true {
            let triviaStart = position
            let sawNewline = skipTrivia()
            let startsLine = sawNewline || tokens.isEmpty
            let trivia = SourceRange(triviaStart, position)
            guard position < bytes.count else {
                tokens.append(
                    Token(
                        kind: .endOfFile, range: SourceRange(position, position), triviaRange: trivia, startsLine: true)
                )
                return
            }
            let start = position
            let kind = lexToken()
            tokens.append(
                Token(kind: kind, range: SourceRange(start, position), triviaRange: trivia, startsLine: startsLine))
        }
    }

    /// Skips whitespace and comments; returns whether a line break was seen.
    private mutating func skipTrivia() -> Bool {
        var sawNewline = false
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\n"):
                sawNewline = true
                position += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "#"):
                lexComment(isTrailing: !sawNewline && !tokens.isEmpty)
            default:
                return sawNewline
            }
        }
        return sawNewline
    }

    private mutating func lexComment(isTrailing: Bool) {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        var end = position
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let range = SourceRange(start, end)
        comments.append(Comment(range: range, text: file.text(in: range), isTrailing: isTrailing))
    }

    private mutating func lexToken() -> TokenKind {
        let byte = bytes[position]
        if Lexer.isIdentifierStart(byte) { return lexIdentifier() }
        if Lexer.isDigit(byte) { return lexNumber() }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return lexString(quote: byte)
        case UInt8(ascii: "`"): return lexQuotedIdentifier()
        default: return lexSymbol()
        }
    }

    private mutating func lexIdentifier() -> TokenKind {
        let start = position
        while position < bytes.count, Lexer.isIdentifierPart(bytes[position]) { position += 1 }
        return .identifier(file.text(in: SourceRange(start, position)))
    }

    private mutating func lexQuotedIdentifier() -> TokenKind {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "`"), bytes[position] != UInt8(ascii: "\n") {
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "`"), position > start + 1 else {
            diagnostics.append(.unterminatedQuotedName(file: file, range: SourceRange(start, position)))
            return .invalid
        }
        position += 1
        return .identifier(file.text(in: SourceRange(start + 1, position - 1)))
    }

    private mutating func lexNumber() -> TokenKind {
        let start = position
        skipDigits()
        if let period = lexPeriodSuffix(start: start) { return period }
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), Lexer.isDigit(bytes[position + 1]) {
            position += 1
            skipDigits()
        }
        let text = file.text(in: SourceRange(start, position))
        if position < bytes.count, Lexer.isIdentifierStart(bytes[position]) {
            let junkStart = position
            while position < bytes.count, Lexer.isIdentifierPart(bytes[position]) { position += 1 }
            let junk = file.text(in: SourceRange(junkStart, position))
            diagnostics.append(.numberFollowedByText(junk, file: file, range: SourceRange(start, position)))
            return .invalid
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "%") {
            position += 1
            return .percent(text)
        }
        return .number(text)
    }

    /// Recognises `YYYY-MM` and `YYYY-MM-DD` directly after four digits.
    private mutating func lexPeriodSuffix(start: Int) -> TokenKind? {
        guard position - start == 4, digitsFollow(dashAt: position, count: 2) else { return nil }
        var end = position + 3
        if digitsFollow(dashAt: end, count: 2) { end += 3 }
        if end < bytes.count, Lexer.isDigit(bytes[end]) { return nil }
        position = end
        let text = file.text(in: SourceRange(start, end))
        guard PeriodLiteral(text) != nil else {
            diagnostics.append(.invalidPeriod(text, file: file, range: SourceRange(start, end)))
            return .invalid
        }
        return .period(text)
    }

    private func digitsFollow(dashAt index: Int, count: Int) -> Bool {
        guard index + count < bytes.count, bytes[index] == UInt8(ascii: "-") else { return false }
        return (1...count).allSatisfy { Lexer.isDigit(bytes[index + $0]) }
    }

    private mutating func skipDigits() {
        while position < bytes.count, Lexer.isDigit(bytes[position]) { position += 1 }
    }

    private mutating func lexString(quote: UInt8) -> TokenKind {
        let start = position
        position += 1
        var value: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return .string(String(decoding: value, as: UTF8.self))
            }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: "\n") {
                value.append(Lexer.unescape(bytes[position + 1]))
                position += 2
                continue
            }
            value.append(byte)
            position += 1
        }
        diagnostics.append(.unterminatedString(file: file, range: SourceRange(start, position)))
        return .invalid
    }

    private static func unescape(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "n"): UInt8(ascii: "\n")
        case UInt8(ascii: "t"): UInt8(ascii: "\t")
        default: byte
        }
    }

    private static let twoCharacterSymbols: Set<String> = ["<=", ">=", "!=", "==", "<>"]
    private static let oneCharacterSymbols: Set<UInt8> = Set("{}(),.:=<>+-*/;".utf8)

    private mutating func lexSymbol() -> TokenKind {
        if position + 1 < bytes.count {
            let pair = String(decoding: bytes[position...position + 1], as: UTF8.self)
            if Lexer.twoCharacterSymbols.contains(pair) {
                position += 2
                return .symbol(pair)
            }
        }
        let byte = bytes[position]
        if Lexer.oneCharacterSymbols.contains(byte) {
            position += 1
            return .symbol(String(UnicodeScalar(byte)))
        }
        let start = position
        position += 1
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        diagnostics.append(.unexpectedCharacter(file: file, range: SourceRange(start, position)))
        return .invalid
    }
}
