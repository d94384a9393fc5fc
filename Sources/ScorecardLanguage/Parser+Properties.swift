/// The grammar of properties inside blocks.
extension Parser {
    /// How a property's value is written.
    enum PropertyKind {
        case string, word, number, expression, tableName, time, join, target, threshold, names, amount, span
    }

    static let settingsGrammar: [String: PropertyKind] = [
        "organisation": .string, "currency": .string, "locale": .string,
        "fiscal_year_start": .word, "min_group_size": .number, "missing": .word, "bad_rows": .word,
        "restatement_tolerance": .amount, "time_zone": .string,
    ]

    static let sourceGrammar: [String: PropertyKind] = [
        "table": .tableName, "key": .word, "time": .time, "customer": .expression, "where": .expression, "join": .join,
        "opt_out": .expression,
        "lag": .span,
    ]

    static let modelGrammar: [String: PropertyKind] = [
        "label": .string, "source": .word, "customer": .expression, "amount": .expression, "unit": .word,
        "calibration": .span, "fit": .word, "horizon": .span, "discount": .amount,
    ]

    static let kpiGrammar: [String: PropertyKind] = [
        "label": .string, "stage": .word, "focus": .word, "value": .expression, "unit": .word,
        "better": .word, "target": .target, "amber": .threshold, "red": .threshold, "owner": .string,
        "breakdown": .names, "description": .string, "missing": .word,
    ]

    mutating func parsePropertyValue(_ kind: PropertyKind, keyword: String) -> PropertyValue {
        if atLineEnd {
            abandon(.missingValue(after: keyword, at: previousEnd, file: file))
            return .invalid
        }
        switch kind {
        case .string:
            guard let literal = acceptString() else {
                abandon(.expected("a string after '\(keyword)'", found: current, file: file))
                return .invalid
            }
            return .string(literal)
        case .word:
            return expectIdentifier("a name after '\(keyword)'").map(PropertyValue.word) ?? .invalid
        case .number:
            return acceptNumber().map(PropertyValue.number) ?? failValue("a number after '\(keyword)'")
        case .expression:
            return .expression(parseExpression())
        case .tableName:
            return parseTableName().map(PropertyValue.tableName) ?? .invalid
        case .time:
            guard let first = expectIdentifier("a time column") else { return .invalid }
            var column = [first]
            if accept(".") {
                guard let second = expectIdentifier("a column name after '.'") else { return .invalid }
                column.append(second)
            }
            let format = atLineEnd ? nil : expectIdentifier("a time format (iso, unix or julian)")
            return .time(column: column, format: format)
        case .join: return parseJoin()
        case .target: return parseTarget()
        case .threshold: return parseThreshold(keyword: keyword)
        case .names: return parseNames()
        case .amount:
            guard let (amount, isPercent) = acceptAmount() else {
                return failValue("a number or a percent after '\(keyword)'")
            }
            return .amount(amount, isPercent: isPercent)
        case .span:
            let isLag = keyword == "lag"
            guard let count = acceptNumber() else {
                return failValue(
                    isLag
                        ? "a number of days or months, e.g. `lag 3 days`"
                        : "a number of months, e.g. `\(keyword) 12 months`")
            }
            guard
                let unit = expectIdentifier(isLag ? "'days' or 'months' after the number" : "'months' after the number")
            else { return .invalid }
            return .span(count: count, unit: unit)
        }
    }

    mutating func failValue(_ what: String) -> PropertyValue {
        abandon(.expected(what, found: current, file: file))
        return .invalid
    }

    mutating func acceptNumber() -> NumberLiteral? {
        guard case .number(let text) = current.kind else { return nil }
        let literal = NumberLiteral(text: text, range: current.range)
        advance()
        return literal
    }

    /// `join customers [as buyer] on customer_id` or `join regions via customers.region_id`.
    mutating func parseJoin() -> PropertyValue {
        guard let target = expectIdentifier("the source to join") else { return .invalid }
        var alias: Identifier?
        if acceptWord("as") {
            guard let parsed = expectIdentifier("an alias after 'as'") else { return .invalid }
            alias = parsed
        }
        if acceptWord("on") {
            guard let column = expectIdentifier("the foreign key column after 'on'") else { return .invalid }
            return .join(JoinSyntax(target: target, alias: alias, onColumn: column, via: nil))
        }
        if acceptWord("via") {
            guard let source = expectIdentifier("a joined source after 'via'"), expect("."),
                let column = expectIdentifier("the foreign key column")
            else { return .invalid }
            return .join(JoinSyntax(target: target, alias: alias, onColumn: nil, via: (source, column)))
        }
        return failValue("'on' or 'via'")
    }

    /// `orders` or `crm.orders`: a table name, optionally after its schema.
    mutating func parseTableName() -> TableNameSyntax? {
        guard let first = expectIdentifier("a table name") else { return nil }
        guard accept(".") else { return TableNameSyntax(schema: nil, table: first) }
        guard let second = expectIdentifier("a table name after the schema and '.'") else { return nil }
        return TableNameSyntax(schema: first, table: second)
    }

    /// `target 120.00`, `target 95% from 2026-04`, `target from "budget.csv"`, `target from table budget`.
    mutating func parseTarget() -> PropertyValue {
        if acceptWord("from") {
            if let path = acceptString() { return .target(.csv(path)) }
            guard acceptWord("table") else { return failValue("a CSV file name or 'table' after 'from'") }
            guard let table = parseTableName() else { return .invalid }
            var columns: [Identifier] = []
            if accept("(") {
                repeat {
                    guard let column = expectIdentifier("a column name") else { return .invalid }
                    columns.append(column)
                } while accept(",")
                guard expect(")") else { return .invalid }
            }
            return .target(.table(table, columns: columns))
        }
        guard let (amount, isPercent) = acceptAmount() else { return failValue("a target value or 'from'") }
        var from: PeriodToken?
        if acceptWord("from") {
            guard case .period(let text) = current.kind, let period = PeriodLiteral(text), period.day == nil else {
                return failValue("a month such as 2026-04")
            }
            from = PeriodToken(period: period, range: current.range)
            advance()
        }
        return .target(.constant(amount, isPercent: isPercent, from: from))
    }

    /// A number or percent literal, optionally negative.
    mutating func acceptAmount() -> (NumberLiteral, Bool)? {
        let start = current.range.start
        let negative = isSymbol("-")
        if negative { advance() }
        switch current.kind {
        case .number(let text), .percent(let text):
            let isPercent = if case .percent = current.kind { true } else { false }
            let literal = NumberLiteral(
                text: (negative ? "-" : "") + text, range: SourceRange(start, current.range.end))
            advance()
            return (literal, isPercent)
        default:
            return nil
        }
    }

    /// `red below 90%` or `amber above 120`.
    mutating func parseThreshold(keyword: String) -> PropertyValue {
        guard let direction = expectIdentifier("'below' or 'above'") else { return .invalid }
        guard let (amount, isPercent) = acceptAmount() else { return failValue("a threshold value") }
        return .threshold(direction: direction, amount: amount, isPercent: isPercent)
    }

    /// `breakdown region, segment`.
    mutating func parseNames() -> PropertyValue {
        var names: [Identifier] = []
        repeat {
            guard let name = expectIdentifier("a dimension name") else { return .invalid }
            names.append(name)
        } while accept(",")
        return .names(names)
    }
}
