/// Rendering of expression nodes.
extension SQLDialect {
    func write(_ expression: SQLExpression, to output: inout SQLOutput) {
        switch expression {
        case .column(let table, let name):
            output.append((table.map { quote($0) + "." } ?? "") + quote(name))
        case .value(let value):
            output.bind(value, placeholder: placeholder)
        case .unary(let op, let operand):
            output.append("(" + op.prefix)
            if op == .not { writeCondition(operand, to: &output) } else { write(operand, to: &output) }
            output.append(")")
        case .binary:
            writeChain(expression, to: &output)
        case .function(let function, let arguments, let distinct):
            writeFunction(function, arguments, distinct: distinct, to: &output)
        case .windowAggregate(let function, let arguments, let partition):
            writeFunction(function, arguments, distinct: false, to: &output)
            output.append(partition.isEmpty ? " OVER (" : " OVER (PARTITION BY ")
            output.join(partition, separator: ", ") { self.write($0, to: &$1) }
            output.append(")")
        case .previousRow(let value, let partition, let order):
            output.append("LAG(")
            write(value, to: &output)
            output.append(") OVER (PARTITION BY ")
            output.join(partition, separator: ", ") { self.write($0, to: &$1) }
            output.append(" ORDER BY ")
            output.join(order, separator: ", ") { self.write($0, to: &$1) }
            output.append(")")
        case .countRows:
            output.append("COUNT(*)")
        case .caseWhen(let cases, let otherwise):
            writeCase(cases, otherwise: otherwise, to: &output)
        case .isNull(let operand, let negated):
            output.append("(")
            write(operand, to: &output)
            output.append(negated ? " IS NOT NULL)" : " IS NULL)")
        case .inList(let operand, let items, let negated):
            output.append("(")
            write(operand, to: &output)
            output.append(negated ? " NOT IN (" : " IN (")
            output.join(items, separator: ", ") { self.write($0, to: &$1) }
            output.append("))")
        case .cast(let operand, let type):
            output.append("CAST(")
            write(operand, to: &output)
            output.append(" AS \(typeName(type)))")
        case .percentile(let value, let fraction):
            writePercentile(value, fraction: fraction, to: &output)
        case .hoursBetween(let start, let end, let format):
            writeHoursBetween(start, end, format: format, to: &output)
        case .isoDay(let instant, let format):
            writeDay(instant, format: format, to: &output)
        case .dayKey(let day):
            writeDayKey(day, to: &output)
        case .monthKey(let instant, let format):
            writeMonthKey(instant, format: format, to: &output)
        case .dayNumber(let instant, let format):
            writeDayNumber(instant, format: format, to: &output)
        case .notANumber(let value):
            writeNotANumber(value, to: &output)
        case .isoText(let instant):
            writeISOText(instant, to: &output)
        case .booleanAsNumber(let flag):
            writeBooleanAsNumber(flag, to: &output)
        case .numberAsFlag(let number):
            write(number, to: &output)
        case .unreadableTime(let instant, let format):
            writeUnreadableTime(instant, format: format, to: &output)
        case .subquery(let select):
            output.append("(")
            write(select, to: &output)
            output.append(")")
        case .exists(let select):
            output.append("EXISTS (")
            write(select, to: &output)
            output.append(")")
        }
    }

    /// Writes a left-deep chain of operators of one precedence flat, `(a + b - c)`, with a loop:
    /// SQLite's parser stack takes about 100 nested parentheses and a chain can be 1,000 terms.
    private func writeChain(_ expression: SQLExpression, to output: inout SQLOutput) {
        guard case .binary(let op, _, _) = expression else { return write(expression, to: &output) }
        let group = op.precedenceGroup
        var links: [(op: SQLOperator, operand: SQLExpression)] = []
        var node = expression
        while case .binary(let op, let lhs, let rhs) = node, op.precedenceGroup == group,
            group != nil || links.isEmpty
        {
            links.append((op, rhs))
            node = lhs
        }
        let logical = op == .and || op == .or
        output.append("(")
        if logical { writeCondition(node, to: &output) } else { write(node, to: &output) }
        for link in links.reversed() {
            output.append(" \(symbol(for: link.op)) ")
            if logical { writeCondition(link.operand, to: &output) } else { write(link.operand, to: &output) }
        }
        output.append(")")
    }

    /// Writes an expression where a condition stands (`WHERE`, `ON`, `WHEN`, an operand of `AND`,
    /// `OR`, `NOT`): a ``SQLExpression/booleanAsNumber(_:)`` is the flag itself there, and a
    /// ``SQLExpression/numberAsFlag(_:)`` the dialect's test for not zero, since PostgreSQL
    /// takes only a boolean as a condition.
    func writeCondition(_ condition: SQLExpression, to output: inout SQLOutput) {
        switch condition {
        case .booleanAsNumber(let flag): write(flag, to: &output)
        case .numberAsFlag(let number): writeNumberAsCondition(number, to: &output)
        default: write(condition, to: &output)
        }
    }

    /// `name(a, b)` or `name(DISTINCT a)`: a call spelled by a dialect.
    func writeCall(_ name: String, _ arguments: [SQLExpression], distinct: Bool = false, to output: inout SQLOutput) {
        output.append(name + (distinct ? "(DISTINCT " : "("))
        output.join(arguments, separator: ", ") { self.write($0, to: &$1) }
        output.append(")")
    }

    private func writeCase(_ cases: [SQLCase], otherwise: SQLExpression?, to output: inout SQLOutput) {
        output.append("CASE")
        for arm in cases {
            output.append(" WHEN ")
            writeCondition(arm.condition, to: &output)
            output.append(" THEN ")
            write(arm.result, to: &output)
        }
        if let otherwise {
            output.append(" ELSE ")
            write(otherwise, to: &output)
        }
        output.append(" END")
    }
}
