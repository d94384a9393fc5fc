/// Expressions: `or` < `and` < `not` < comparisons < `+ -` < `* /` < unary minus < primaries.
extension Parser {
    static let comparisonOperators: Set<String> = ["=", "==", "!=", "<>", "<", "<=", ">", ">="]

    /// Parses an expression; on failure returns an `.invalid` node and abandons the construct.
    mutating func parseExpression() -> Expression {
        parseBinary(level: 0)
    }

    private static let levels: [String] = ["or", "and"]

    /// Parses an `or` or `and` chain into a balanced tree, so that a `where` of 100,000 `and`-ed
    /// terms is 17 levels deep, not 100,000: both are associative, so the grouping changes nothing.
    private mutating func parseBinary(level: Int) -> Expression {
        guard level < Parser.levels.count else { return parseNot() }
        let op = Parser.levels[level]
        var operands = [parseBinary(level: level + 1)]
        while isWord(op), !abandoned {
            advance()
            operands.append(parseBinary(level: level + 1))
        }
        return Parser.balanced(op, operands[...])
    }

    /// A balanced tree of `op` over the operands, in order.
    private static func balanced(_ op: String, _ operands: ArraySlice<Expression>) -> Expression {
        guard operands.count > 1 else { return operands[operands.startIndex] }
        let middle = operands.startIndex + operands.count / 2
        let lhs = balanced(op, operands[..<middle])
        let rhs = balanced(op, operands[middle...])
        return Expression(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
    }

    private mutating func parseNot() -> Expression {
        guard isWord("not") else { return parseComparison() }
        let start = current.range.start
        advance()
        return nested(start: start) { parser in
            let operand = parser.parseNot()
            return Expression(.unary("not", operand), SourceRange(start, operand.range.end))
        }
    }

    private mutating func parseComparison() -> Expression {
        let lhs = parseAdditive()
        guard !abandoned else { return lhs }
        if case .symbol(let op) = current.kind, Parser.comparisonOperators.contains(op) {
            advance()
            let rhs = parseAdditive()
            return Expression(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
        }
        if isWord("is") { return parseIsNull(lhs) }
        if isWord("in") || (isWord("not") && tokens[min(index + 1, tokens.count - 1)].kind == .identifier("in")) {
            return parseInList(lhs)
        }
        return lhs
    }

    private mutating func parseIsNull(_ lhs: Expression) -> Expression {
        advance()
        let negated = acceptWord("not")
        guard isWord("null") else {
            abandon(.expected("'null'", found: current, file: file))
            return Expression(.invalid, lhs.range)
        }
        let end = current.range.end
        advance()
        return Expression(.isNull(lhs, negated: negated), SourceRange(lhs.range.start, end))
    }

    private mutating func parseInList(_ lhs: Expression) -> Expression {
        let negated = acceptWord("not")
        advance()  // in
        guard expect("(") else { return Expression(.invalid, lhs.range) }
        var items: [Expression] = []
        repeat { items.append(parseAdditive()) } while !abandoned && accept(",")
        let end = current.range.end
        guard expect(")") else { return Expression(.invalid, lhs.range) }
        return Expression(.inList(lhs, items, negated: negated), SourceRange(lhs.range.start, end))
    }

    private mutating func parseAdditive() -> Expression {
        parseChain(of: ["+", "-"]) { $0.parseMultiplicative() }
    }

    private mutating func parseMultiplicative() -> Expression {
        parseChain(of: ["*", "/"]) { $0.parseUnary() }
    }

    /// A left-associative chain built by a loop, at most `Parser.maxChainTerms` terms (E0109).
    private mutating func parseChain(of operators: [String], operand: (inout Parser) -> Expression) -> Expression {
        var lhs = operand(&self)
        var terms = 1
        while !abandoned, let op = operators.first(where: { isSymbol($0) }) {
            guard terms < Parser.maxChainTerms else {
                abandon(
                    .chainTooLong(
                        range: SourceRange(lhs.range.start, current.range.end), limit: Parser.maxChainTerms, file: file)
                )
                return Expression(.invalid, lhs.range)
            }
            advance()
            let rhs = operand(&self)
            lhs = Expression(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
            terms += 1
        }
        return lhs
    }

    private mutating func parseUnary() -> Expression {
        guard isSymbol("-") || isSymbol("+") else { return parsePrimary() }
        let start = current.range.start
        let op = isSymbol("-") ? "-" : "+"
        advance()
        return nested(start: start) { parser in
            let operand = parser.parseUnary()
            return Expression(.unary(op, operand), SourceRange(start, operand.range.end))
        }
    }

    /// Runs a nested parse one level deeper, reporting E0109 instead of recursing past the limit.
    private mutating func nested(start: Int, _ body: (inout Parser) -> Expression) -> Expression {
        guard depth < Parser.maxDepth else {
            abandon(.nestedTooDeeply(range: SourceRange(start, current.range.end), limit: Parser.maxDepth, file: file))
            return Expression(.invalid, SourceRange(start, current.range.end))
        }
        depth += 1
        defer { depth -= 1 }
        return body(&self)
    }

    private mutating func parsePrimary() -> Expression {
        let token = current
        switch token.kind {
        case .number(let text):
            advance()
            return Expression(.number(NumberLiteral(text: text, range: token.range)), token.range)
        case .percent(let text):
            advance()
            return Expression(.percent(NumberLiteral(text: text, range: token.range)), token.range)
        case .string(let value):
            advance()
            return Expression(.string(StringLiteral(value: value, range: token.range)), token.range)
        case .symbol("("):
            advance()
            return nested(start: token.range.start) { parser in
                let inner = parser.parseExpression()
                let end = parser.current.range.end
                guard parser.expect(")") else { return Expression(.invalid, token.range.union(inner.range)) }
                return Expression(.parenthesized(inner), SourceRange(token.range.start, end))
            }
        case .identifier(let name) where ["true", "false", "null"].contains(name):
            advance()
            return Expression(.keyword(name), token.range)
        case .identifier:
            return parseNameOrCall()
        default:
            abandon(.expected("an expression", found: token, file: file))
            return Expression(.invalid, token.range)
        }
    }

    private mutating func parseNameOrCall() -> Expression {
        guard let first = expectIdentifier("a name") else { return Expression(.invalid, current.range) }
        if isSymbol("(") {
            advance()
            return nested(start: first.range.start) { parser in parser.parseCallArguments(first) }
        }
        var path = [first]
        while accept(".") {
            guard let next = expectIdentifier("a column name after '.'") else { break }
            path.append(next)
        }
        return Expression(.name(path), SourceRange(first.range.start, previousEnd))
    }

    private mutating func parseCallArguments(_ function: Identifier) -> Expression {
        var arguments: [Expression] = []
        if !isSymbol(")") {
            repeat { arguments.append(parseExpression()) } while !abandoned && accept(",")
        }
        let end = current.range.end
        guard expect(")") else { return Expression(.invalid, SourceRange(function.range.start, end)) }
        return Expression(.call(function, arguments), SourceRange(function.range.start, end))
    }
}
