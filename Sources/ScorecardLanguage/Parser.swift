/// A recursive-descent parser for metrics files that recovers from errors and reports them all.
///
/// ```swift
/// let tree = Parser.parse(SourceFile(path: "metrics/sales.kpi", text: text))
/// tree.diagnostics // every lexical and syntax error in the file
/// ```
public struct Parser {
    /// The deepest expression nesting accepted before E0109.
    public static let maxDepth = 64
    /// The most terms a `+ -` or `* /` chain may have before E0109.
    ///
    /// A chain is built left-deep without recursion and walked link by link, but the tree is freed
    /// node by node, one stack frame each, so its length is bounded too (a sum of 50,000 terms
    /// frees well within 8 MB).
    public static let maxChainTerms = 50_000
    static let declarationKeywords: Set<String> = ["scorecard", "source", "dimension", "measure", "kpi", "model"]

    let file: SourceFile
    let tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []
    var depth = 0
    /// Set after a fatal error inside an expression: callers unwind without further diagnostics.
    var abandoned = false

    init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    /// Parses one file into a syntax tree with all lexical and syntax diagnostics.
    public static func parse(_ file: SourceFile) -> SyntaxTree {
        let lexed = Lexer.tokenize(file)
        var parser = Parser(file: file, tokens: lexed.tokens)
        let declarations = parser.parseDeclarations()
        return SyntaxTree(
            file: file, declarations: declarations, tokens: lexed.tokens,
            comments: lexed.comments, diagnostics: lexed.diagnostics + parser.diagnostics)
    }

    // MARK: Tokens

    var current: Token { tokens[index] }
    var previousEnd: Int { index > 0 ? tokens[index - 1].range.end : 0 }
    var atEnd: Bool { current.kind == .endOfFile }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func isSymbol(_ symbol: String, _ token: Token? = nil) -> Bool {
        (token ?? current).kind == .symbol(symbol)
    }

    func isWord(_ word: String) -> Bool { current.kind == .identifier(word) }

    /// Consumes the symbol if present.
    mutating func accept(_ symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    /// Consumes the word if present.
    mutating func acceptWord(_ word: String) -> Bool {
        guard isWord(word) else { return false }
        advance()
        return true
    }

    /// Consumes the symbol or reports E0105.
    mutating func expect(_ symbol: String) -> Bool {
        if accept(symbol) { return true }
        abandon(.expected("'\(symbol)'", found: current, file: file))
        return false
    }

    /// Records a diagnostic unless the current construct was already abandoned.
    mutating func fail(_ diagnostic: Diagnostic) {
        guard !abandoned else { return }
        if current.kind == .invalid, diagnostic.code == .E0105 { return }  // the lexer already reported it
        diagnostics.append(diagnostic)
    }

    /// Records a diagnostic and abandons the current construct until the parser resynchronises.
    mutating func abandon(_ diagnostic: Diagnostic) {
        fail(diagnostic)
        abandoned = true
    }

    /// Consumes an identifier or reports E0105 with a description of what was expected.
    mutating func expectIdentifier(_ what: String) -> Identifier? {
        guard case .identifier(let name) = current.kind else {
            abandon(.expected(what, found: current, file: file))
            return nil
        }
        let identifier = Identifier(name: name, range: current.range)
        advance()
        return identifier
    }

    // MARK: Recovery

    /// Skips at least one token, then to the next line start, `}` or the end of the file.
    mutating func skipToLineStart() {
        if !atEnd, !isSymbol("}") { advance() }
        while !atEnd, !current.startsLine, !isSymbol("}") { advance() }
        abandoned = false
    }

    /// Skips at least one token, then to the next line that starts with a declaration keyword.
    mutating func skipToDeclaration() {
        advance()
        while !atEnd {
            if current.startsLine, case .identifier(let word) = current.kind, Parser.declarationKeywords.contains(word)
            {
                break
            }
            advance()
        }
        abandoned = false
    }

    /// True when the current token ends a property line.
    var atLineEnd: Bool { atEnd || current.startsLine || isSymbol("}") }
}
