/// Rewrites a metrics file into the canonical layout, keeping every comment and the meaning.
///
/// Layout: two-space indentation per block, one property per line, single spaces around
/// binary operators and after commas, no space inside parentheses, one blank line between
/// declarations, at most one blank line elsewhere, trailing comments two spaces after the code.
/// Line breaks inside an expression are kept and indented four more spaces.
///
/// ```swift
/// Formatter.format(tree) // "kpi x {\n  stage product\n}\n" for "kpi   x{\n stage  product }"
/// ```
public enum Formatter {
    /// The canonical text of a file, or nil when the file has syntax errors.
    public static func format(_ tree: SyntaxTree) -> String? {
        guard !tree.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        var printer = FormatPrinter(tree: tree)
        return printer.run()
    }
}

/// The state of one formatting pass over a token stream.
struct FormatPrinter {
    let tree: SyntaxTree
    private var output = ""
    private var depth = 0
    private var parenDepth = 0
    private var lineOpen = false
    private var commentIndex = 0
    private var previous: Token?
    private var previousIndex = -1
    private var lastDeclarationKeyword: String?
    private var afterBlock = false

    init(tree: SyntaxTree) { self.tree = tree }

    mutating func run() -> String {
        for (index, token) in tree.tokens.enumerated() {
            emitComments(before: token)
            if token.kind == .endOfFile { break }
            emit(token)
            previousIndex = index
        }
        if lineOpen { output += "\n" }
        return output
    }

    private func text(_ token: Token) -> String { tree.file.text(in: token.range) }

    /// Prints the comments in a token's trivia: own-line comments above it, trailing ones after the previous token.
    private mutating func emitComments(before token: Token) {
        let comments = tree.comments
        while commentIndex < comments.count, comments[commentIndex].range.start < token.range.start {
            let comment = comments[commentIndex]
            commentIndex += 1
            if comment.isTrailing && lineOpen {
                output += "  " + comment.text.trimmingTrailingSpaces()
                newline()
            } else {
                let sourceHadOne = blankLines(before: comment.range.start) > 0
                startLine(
                    blankLineBefore: depth == 0 ? declarationBreak(before: token) || sourceHadOne : sourceHadOne,
                    extraIndent: 0)
                if depth == 0 {
                    lastDeclarationKeyword = nil
                    afterBlock = false
                }
                output += comment.text.trimmingTrailingSpaces()
                newline()
            }
        }
    }

    private mutating func emit(_ token: Token) {
        let isClose = token.kind == .symbol("}")
        let isOpen = token.kind == .symbol("{")
        if isClose {
            depth = max(0, depth - 1)
            if lineOpen { newline() }
        }
        if token.startsLine || isClose || !lineOpen || previous?.kind == .symbol("{") {
            if lineOpen { newline() }
            startLine(
                blankLineBefore: needsBlankLine(before: token),
                extraIndent: parenDepth > 0 || continuesExpression(token) ? 2 : 0)
        } else if needsSpace(before: token) {
            output += " "
        }
        output += text(token)
        if case .symbol("(") = token.kind { parenDepth += 1 }
        if case .symbol(")") = token.kind { parenDepth = max(0, parenDepth - 1) }
        previous = token
        if isOpen {
            depth += 1
        } else if isClose, depth == 0 {
            afterBlock = true
        }
    }

    /// Blank lines: always between a block and the next declaration and between declarations of
    /// different kinds; elsewhere one where the source had at least one.
    private mutating func needsBlankLine(before token: Token) -> Bool {
        let sourceHadOne = blankLines(before: token.range.start) > 0 && token.kind != .symbol("}")
        guard depth == 0, parenDepth == 0, token.startsLine, case .identifier(let word) = token.kind,
            Parser.declarationKeywords.contains(word)
        else { return sourceHadOne }
        defer {
            lastDeclarationKeyword = word
            afterBlock = false
        }
        return sourceHadOne || declarationBreak(before: token)
    }

    /// True when the declaration starting at a token must be separated from the previous one.
    private func declarationBreak(before token: Token) -> Bool {
        guard let last = lastDeclarationKeyword else { return false }
        guard case .identifier(let word) = token.kind else { return afterBlock }
        return afterBlock || last != word
    }

    /// True when a line starts with a binary operator continuing the previous line's expression.
    private func continuesExpression(_ token: Token) -> Bool {
        isContinuationOperator(token.kind) || previous.map { isContinuationOperator($0.kind) } == true
    }

    private func isContinuationOperator(_ kind: TokenKind) -> Bool {
        switch kind {
        case .symbol(let symbol):
            ["+", "-", "*", "/", "=", "==", "!=", "<>", "<", "<=", ">", ">=", ","].contains(symbol)
        case .identifier(let word): word == "and" || word == "or"
        default: false
        }
    }

    /// Starts an indented line, with one blank line before it when asked (never at the file start).
    private mutating func startLine(blankLineBefore: Bool, extraIndent: Int) {
        if lineOpen { newline() }
        if blankLineBefore, !output.isEmpty, !output.hasSuffix("{\n"), !output.hasSuffix("\n\n") { output += "\n" }
        output += String(repeating: "  ", count: depth + extraIndent)
        lineOpen = true
    }

    private mutating func newline() {
        if lineOpen {
            while output.hasSuffix(" ") { output.removeLast() }
            output += "\n"
        }
        lineOpen = false
    }

    /// The number of blank lines in the source directly before an offset.
    private func blankLines(before offset: Int) -> Int {
        let bytes = tree.file.bytes
        var index = offset - 1
        var newlines = 0
        while index >= 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                newlines += 1
            } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\r") {
                break
            }
            index -= 1
        }
        return max(0, newlines - 1)
    }

    private func needsSpace(before token: Token) -> Bool {
        guard let previous else { return false }
        let prev = previous.kind
        let next = token.kind
        if next == .symbol(",") || next == .symbol(")") || next == .symbol(".") || next == .symbol(":") { return false }
        if prev == .symbol("(") || prev == .symbol(".") { return false }
        if next == .symbol("(") {
            if case .identifier(let word) = prev { return Formatter.wordsBeforeParenthesis.contains(word) }
            return true
        }
        if isUnaryOperator(at: previousIndex) { return false }
        return true
    }

    /// True for a `-` or `+` that negates rather than subtracts.
    private func isUnaryOperator(at index: Int) -> Bool {
        let token = tree.tokens[index]
        guard token.kind == .symbol("-") || token.kind == .symbol("+") else { return false }
        guard index > 0 else { return true }
        let before = tree.tokens[index - 1]
        switch before.kind {
        case .identifier(let word): return token.startsLine ? false : Formatter.operatorWords.contains(word)
        case .number, .percent, .string, .period: return false
        case .symbol(let symbol): return symbol != ")"
        default: return true
        }
    }
}

extension Formatter {
    /// Words after which `(` starts a list rather than a call: `in (…)`, `and (…)`.
    static let wordsBeforeParenthesis: Set<String> = ["in", "and", "or", "not", "value", "where", "opt_out"]
    /// Words after which `-` is a sign: property keywords and logical operators.
    static let operatorWords: Set<String> = [
        "and", "or", "not", "in", "value", "where", "target", "below", "above", "opt_out", "min_group_size",
    ]
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}
