/// Top-level declarations and blocks.
extension Parser {
    mutating func parseDeclarations() -> [Declaration] {
        var declarations: [Declaration] = []
        while !atEnd {
            guard case .identifier(let word) = current.kind else {
                fail(
                    .expected(
                        "a declaration (scorecard, source, dimension, measure or kpi)", found: current, file: file))
                skipToDeclaration()
                continue
            }
            let start = current.range.start
            switch word {
            case "scorecard": declarations.append(.settings(parseSettings(start: start)))
            case "source": if let d = parseSource(start: start) { declarations.append(.source(d)) }
            case "dimension": if let d = parseDimension(start: start) { declarations.append(.dimension(d)) }
            case "measure": if let d = parseMeasure(start: start) { declarations.append(.measure(d)) }
            case "kpi": if let d = parseKPI(start: start) { declarations.append(.kpi(d)) }
            case "model": if let d = parseModel(start: start) { declarations.append(.model(d)) }
            default:
                fail(.unknownDeclaration(word, range: current.range, file: file))
                skipToDeclaration()
            }
        }
        return declarations
    }

    mutating func parseSettings(start: Int) -> SettingsDeclaration {
        advance()
        let title = acceptString()
        let properties = parseBlock(named: "the scorecard settings", grammar: Parser.settingsGrammar)
        return SettingsDeclaration(title: title, properties: properties, range: SourceRange(start, previousEnd))
    }

    mutating func parseSource(start: Int) -> SourceDeclaration? {
        advance()
        guard let name = expectIdentifier("a source name") else {
            skipToDeclaration()
            return nil
        }
        let properties = parseBlock(named: "source '\(name.name)'", grammar: Parser.sourceGrammar)
        return SourceDeclaration(name: name, properties: properties, range: SourceRange(start, previousEnd))
    }

    mutating func parseKPI(start: Int) -> KPIDeclaration? {
        advance()
        guard let name = expectIdentifier("a KPI id") else {
            skipToDeclaration()
            return nil
        }
        let label = acceptString()
        let properties = parseBlock(named: "kpi '\(name.name)'", grammar: Parser.kpiGrammar)
        return KPIDeclaration(name: name, label: label, properties: properties, range: SourceRange(start, previousEnd))
    }

    mutating func parseModel(start: Int) -> ModelDeclaration? {
        advance()
        guard let name = expectIdentifier("a model name") else {
            skipToDeclaration()
            return nil
        }
        let label = acceptString()
        let properties = parseBlock(named: "model '\(name.name)'", grammar: Parser.modelGrammar)
        return ModelDeclaration(
            name: name, label: label, properties: properties, range: SourceRange(start, previousEnd))
    }

    mutating func parseDimension(start: Int) -> DimensionDeclaration? {
        advance()
        guard let name = expectIdentifier("a dimension name") else {
            skipToDeclaration()
            return nil
        }
        let label = acceptString()
        guard expect("=") else {
            skipToDeclaration()
            return nil
        }
        let expression = parseExpression()
        let declaration = DimensionDeclaration(
            name: name, label: label, expression: expression, range: SourceRange(start, previousEnd))
        finishLine(after: "dimension")
        return declaration
    }

    mutating func parseMeasure(start: Int) -> MeasureDeclaration? {
        advance()
        guard let name = expectIdentifier("a measure name") else {
            skipToDeclaration()
            return nil
        }
        var unit: Identifier?
        if accept(":") {
            guard let parsed = expectIdentifier("a unit") else {
                skipToDeclaration()
                return nil
            }
            unit = parsed
        }
        guard expect("=") else {
            skipToDeclaration()
            return nil
        }
        let expression = parseExpression()
        var source: Identifier?
        if acceptWord("from") {
            guard let named = expectIdentifier("a source name") else {
                skipToDeclaration()
                return nil
            }
            source = named
        }
        let filter = acceptWord("where") ? parseExpression() : nil
        let declaration = MeasureDeclaration(
            name: name, unit: unit, expression: expression, source: source, filter: filter,
            range: SourceRange(start, previousEnd))
        finishLine(after: "measure")
        return declaration
    }

    /// Requires the end of a line after a one-line declaration; skips the rest otherwise.
    mutating func finishLine(after what: String) {
        if abandoned || !(atEnd || current.startsLine) {
            if !abandoned { fail(.trailingText(after: what, token: current, file: file)) }
            skipToDeclaration()
        }
    }

    mutating func acceptString() -> StringLiteral? {
        guard case .string(let value) = current.kind else { return nil }
        let literal = StringLiteral(value: value, range: current.range)
        advance()
        return literal
    }

    /// Parses `{ property… }` with one property per line, recovering line by line.
    mutating func parseBlock(named block: String, grammar: [String: PropertyKind]) -> [Property] {
        let open = current.range
        guard expect("{") else {
            skipToDeclaration()
            return []
        }
        var properties: [Property] = []
        while true {
            if accept("}") { break }
            if atEnd || startsNextDeclaration(grammar: grammar) {
                fail(.unclosedBlock(block, opened: open, at: current, file: file))
                break
            }
            if let property = parseProperty(in: block, grammar: grammar) { properties.append(property) }
        }
        return properties
    }

    /// True at a line that begins a new top-level declaration (used to detect a missing `}`);
    /// a word that is also a property of the block (`source` in a model) is read as the property.
    private func startsNextDeclaration(grammar: [String: PropertyKind]) -> Bool {
        guard current.startsLine, case .identifier(let word) = current.kind, Parser.declarationKeywords.contains(word),
            grammar[word] == nil
        else {
            return false
        }
        let next = tokens[min(index + 1, tokens.count - 1)]
        if case .identifier = next.kind { return true }
        if case .string = next.kind { return word == "scorecard" }
        return false
    }

    mutating func parseProperty(in block: String, grammar: [String: PropertyKind]) -> Property? {
        guard case .identifier(let word) = current.kind else {
            fail(.expected("a property name", found: current, file: file))
            skipToLineStart()
            return nil
        }
        guard let kind = grammar[word] else {
            fail(.unknownProperty(word, in: block, known: grammar.keys.sorted(), range: current.range, file: file))
            skipToLineStart()
            return nil
        }
        let keyword = Identifier(name: word, range: current.range)
        advance()
        let value = parsePropertyValue(kind, keyword: word)
        let property = Property(keyword: keyword, value: value, range: SourceRange(keyword.range.start, previousEnd))
        if abandoned, current.startsLine || isSymbol("}") {
            abandoned = false  // the error was at the line's end: the next line is intact
        } else if abandoned || !atLineEnd {
            if !abandoned { fail(.trailingText(after: word, token: current, file: file)) }
            skipToLineStart()
        }
        return property
    }
}
