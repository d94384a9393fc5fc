/// The catalogue of file and syntax diagnostics (E01xx).
extension Diagnostic {
    static func notUTF8(file: SourceFile, at offset: Int) -> Diagnostic {
        Diagnostic(
            .E0101, "file is not UTF-8 text (invalid byte 0x\(String(file.bytes[offset], radix: 16, uppercase: true)))",
            file: file, range: SourceRange(offset, offset + 1),
            help: "metrics files must be plain UTF-8 text; is this a binary file?")
    }

    static func unexpectedCharacter(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0102, "unexpected character '\(file.text(in: range))'", file: file, range: range)
    }

    static func unterminatedString(file: SourceFile, range: SourceRange, what: String) -> Diagnostic {
        Diagnostic(
            .E0103, "unterminated \(what)", file: file, range: range,
            help: "close it with the same quote on the same line")
    }

    static func malformedLiteral(file: SourceFile, range: SourceRange, detail: String) -> Diagnostic {
        Diagnostic(.E0104, detail, file: file, range: range)
    }

    static func expected(_ what: String, found token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(.E0105, "expected \(what), found \(token.kind.display)", file: file, range: token.range)
    }

    static func unknownDeclaration(_ word: String, range: SourceRange, file: SourceFile) -> Diagnostic {
        let keywords = ["scorecard", "source", "dimension", "measure", "kpi", "model"]
        return Diagnostic(
            .E0106, "unknown declaration '\(word)'", file: file, range: range,
            help: Suggestion.didYouMean(word, among: keywords)
                ?? "a file holds scorecard, source, dimension, measure, kpi and model declarations")
    }

    static func unknownProperty(_ word: String, in block: String, known: [String], range: SourceRange, file: SourceFile)
        -> Diagnostic
    {
        Diagnostic(
            .E0107, "unknown property '\(word)' in \(block)", file: file, range: range,
            help: Suggestion.didYouMean(word, among: known) ?? "known properties: \(known.joined(separator: ", "))")
    }

    static func unclosedBlock(_ block: String, opened: SourceRange, at token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0108, "missing '}' to close \(block)", file: file, range: token.range,
            notes: [Note("the block opens here", file: file, range: opened)])
    }

    static func nestedTooDeeply(range: SourceRange, limit: Int, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0109, "expression nested more than \(limit) levels deep", file: file, range: range,
            help: "split the expression into measures or KPIs")
    }

    static func chainTooLong(range: SourceRange, limit: Int, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0109, "expression longer than \(limit) terms joined by the same kind of operator", file: file,
            range: range,
            help: "add the parts up in intermediate KPIs")
    }

    static func trailingText(after property: String, token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0110, "unexpected \(token.kind.display) after '\(property)'", file: file, range: token.range,
            help: "write one property per line")
    }
}
