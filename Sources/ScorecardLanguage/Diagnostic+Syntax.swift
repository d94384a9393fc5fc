/// The catalogue of file and syntax diagnostics (E01xx), sorted by code.
///
/// Every diagnostic of the loader, the lexer and the parser is built here, so its wording lives in
/// one place; docs/language.md has a section per code.
extension Diagnostic {
    /// E0100: the path does not exist.
    static func noSuchFile(_ path: String) -> Diagnostic { unreadable(path, "no such file or folder") }

    /// E0100: a folder given on the command line holds no metrics file.
    static func noMetricsFiles(in folder: String) -> Diagnostic {
        unreadable(folder, "the folder holds no *.kpi files")
    }

    /// E0100: the file's size and type cannot be read.
    static func attributesUnreadable(_ path: String) -> Diagnostic { unreadable(path, "cannot read its attributes") }

    /// E0100: the file is above the size the loader reads into memory.
    static func fileTooLarge(_ path: String, bytes size: Int, limit: Int) -> Diagnostic {
        unreadable(path, "file is \(size / 1_048_576) MB, above the \(limit / 1_048_576) MB limit")
    }

    /// E0100: the file cannot be opened for reading.
    static func fileNotReadable(_ path: String) -> Diagnostic {
        unreadable(path, "permission denied or not a regular file")
    }

    /// E0100: reading the opened file failed, with the system's reason.
    static func readFailed(_ path: String, reason: String) -> Diagnostic { unreadable(path, reason) }

    /// E0100: the common shape of the loader's diagnostics, which belong to no file.
    private static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.E0100, "cannot read '\(path)': \(reason)", file: nil, range: SourceRange(0, 0))
    }

    /// E0101: a byte that is not UTF-8, shown in hexadecimal.
    static func notUTF8(file: SourceFile, at offset: Int) -> Diagnostic {
        Diagnostic(
            .E0101, "file is not UTF-8 text (invalid byte 0x\(String(file.bytes[offset], radix: 16, uppercase: true)))",
            file: file, range: SourceRange(offset, offset + 1),
            help: "metrics files must be plain UTF-8 text; is this a binary file?")
    }

    /// E0102: a character the language has no use for.
    static func unexpectedCharacter(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0102, "unexpected character '\(file.text(in: range))'", file: file, range: range)
    }

    /// E0103: a string without its closing quote on the same line.
    static func unterminatedString(file: SourceFile, range: SourceRange) -> Diagnostic {
        unterminated("string", file: file, range: range)
    }

    /// E0103: a `quoted name` without its closing backquote on the same line (or an empty one).
    static func unterminatedQuotedName(file: SourceFile, range: SourceRange) -> Diagnostic {
        unterminated("quoted name", file: file, range: range)
    }

    /// E0103: the common shape of an unclosed quote.
    private static func unterminated(_ what: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0103, "unterminated \(what)", file: file, range: range,
            help: "close it with the same quote on the same line")
    }

    /// E0104: letters glued to a number, such as `12abc`.
    static func numberFollowedByText(_ junk: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0104, "a number cannot be followed by '\(junk)'", file: file, range: range)
    }

    /// E0104: a `YYYY-MM` or `YYYY-MM-DD` literal that names no real month or day.
    static func invalidPeriod(_ text: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0104, "'\(text)' is not a valid month or date", file: file, range: range)
    }

    /// E0105: the parser wanted `what` (a grammar element, e.g. "a property name") and found another token.
    static func expected(_ what: String, found token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(.E0105, "expected \(what), found \(token.kind.display)", file: file, range: token.range)
    }

    /// E0105: a property keyword at the end of its line, without its value.
    static func missingValue(after keyword: String, at offset: Int, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0105, "expected a value after '\(keyword)', found the end of the line", file: file,
            range: SourceRange(offset, offset))
    }

    /// E0106: a top-level word that starts no declaration, with a suggestion among the keywords.
    static func unknownDeclaration(_ word: String, range: SourceRange, file: SourceFile) -> Diagnostic {
        let keywords = ["scorecard", "source", "dimension", "measure", "kpi", "model"]
        return Diagnostic(
            .E0106, "unknown declaration '\(word)'", file: file, range: range,
            help: Suggestion.didYouMean(word, among: keywords)
                ?? "a file holds scorecard, source, dimension, measure, kpi and model declarations")
    }

    /// E0107: a property the block does not have, with a suggestion or the list of known ones.
    static func unknownProperty(_ word: String, in block: String, known: [String], range: SourceRange, file: SourceFile)
        -> Diagnostic
    {
        Diagnostic(
            .E0107, "unknown property '\(word)' in \(block)", file: file, range: range,
            help: Suggestion.didYouMean(word, among: known) ?? "known properties: \(known.joined(separator: ", "))")
    }

    /// E0108: a block still open where the next declaration or the end of the file begins.
    static func unclosedBlock(_ block: String, opened: SourceRange, at token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0108, "missing '}' to close \(block)", file: file, range: token.range,
            notes: [Note("the block opens here", file: file, range: opened)])
    }

    /// E0109: parentheses or calls nested beyond the parser's limit.
    static func nestedTooDeeply(range: SourceRange, limit: Int, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0109, "expression nested more than \(limit) levels deep", file: file, range: range,
            help: "split the expression into measures or KPIs")
    }

    /// E0109: a chain of one operator longer than the parser's limit.
    static func chainTooLong(range: SourceRange, limit: Int, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0109, "expression longer than \(limit) terms joined by the same kind of operator", file: file,
            range: range,
            help: "add the parts up in intermediate KPIs")
    }

    /// E0110: more text on a property's line after its value.
    static func trailingText(after property: String, token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0110, "unexpected \(token.kind.display) after '\(property)'", file: file, range: token.range,
            help: "write one property per line")
    }

    /// E0111: a chain of arithmetic that renders deeper than SQLite's expression limit.
    public static func tooDeepForDatabase(depth: Int, limit: Int, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0111, "expression too deep for the database: \(depth) levels, SQLite takes \(limit) here",
            file: file, range: range,
            help:
                "a chain of + - * / takes at most about \(limit) terms; sum the parts in separate measures and add them in the KPI's value"
        )
    }

    /// E0111: parentheses and calls nested deeper than SQLite's parser takes.
    public static func nestedTooDeeplyForDatabase(nesting: Int, limit: Int, file: SourceFile, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            .E0111,
            "expression nested too deeply for the database: \(nesting) levels of parentheses and calls, SQLite takes \(limit) here",
            file: file, range: range,
            help: "write chains without parentheses (a - b - c), or split the expression across measures")
    }
}
