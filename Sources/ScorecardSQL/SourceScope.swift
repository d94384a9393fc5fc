import ScorecardModel

/// The FROM clause of one source with the joins an expression needs, under an alias prefix.
///
/// ```swift
/// var scope = SourceScope(source: orders, model: model, prefix: "t0")
/// scope.sql(for: .column(alias: "regions", name: "name"))   // "t0_regions"."name"
/// scope.fromClause()  // "orders" AS "t0_orders" LEFT JOIN "customers" AS "t0_customers" ON … LEFT JOIN "regions" …
/// ```
struct SourceScope {
    let source: Source
    let model: MetricsModel
    let prefix: String
    private(set) var usedAliases: [String] = []

    init(source: Source, model: MetricsModel, prefix: String) {
        self.source = source
        self.model = model
        self.prefix = prefix
    }

    /// The SQL alias of a source alias inside this scope.
    func tableAlias(_ alias: String) -> String { "\(prefix)_\(alias)" }

    var timeFormat: SQLTimeFormat { SQLTimeFormat(rawValue: source.time?.format.rawValue ?? "iso") ?? .iso }

    /// The source's time column (joining its source when it lives in a joined one).
    mutating func timeColumn() -> SQLExpression {
        let time = source.time!
        let alias = time.alias ?? source.name
        use(alias)
        return .column(tableAlias(alias), time.column)
    }

    /// Records that an alias (and every alias on its join path) must be joined.
    mutating func use(_ alias: String) {
        guard alias != source.name, let path = source.joins[alias] else { return }
        for step in path.steps where !usedAliases.contains(step.alias) { usedAliases.append(step.alias) }
    }

    /// `FROM table AS alias` plus one LEFT JOIN per used alias, in join-path order (shorter paths
    /// first, so each join's left side is already joined; then by alias, so the text is stable).
    func fromClause() -> (SQLTableReference, [SQLJoin]) {
        let from = SQLTableReference.table(source.table, as: tableAlias(source.name))
        let ordered = source.joins.filter { usedAliases.contains($0.key) }.sorted {
            ($0.value.steps.count, $0.key) < ($1.value.steps.count, $1.key)
        }
        let joins = ordered.compactMap { alias, path -> SQLJoin? in
            guard let step = path.steps.last, let target = model.sources[step.target], let key = target.key else {
                return nil
            }
            let on = SQLExpression.binary(
                .equal, .column(tableAlias(alias), key), .column(tableAlias(step.fromAlias), step.column))
            return SQLJoin(.left, .table(target.table, as: tableAlias(alias)), on: on)
        }
        return (from, joins)
    }

    /// The source's own row conditions: its `where`, its privacy opt-out and, with `bad_rows skip`,
    /// that the row passes every ``RowCheck`` (unless `keepingBadRows`: the row scan flags them instead).
    mutating func rowConditions(keepingBadRows: Bool = false) -> [SQLExpression] {
        var conditions: [SQLExpression] = []
        if let filter = source.filter { conditions.append(sql(for: filter)) }
        if let optOut = source.optOut { conditions.append(optOutCondition(optOut)) }
        if !keepingBadRows && model.settings.badRows == .skip {
            conditions += rowChecks().map { .unary(.not, $0.condition) }
        }
        return conditions
    }

    /// True for a row whose opt-out flag is NULL or 0 (not `NOT`: PostgreSQL's NOT takes only a
    /// boolean, and the flag is a number).
    mutating func optOutCondition(_ flag: RowExpression) -> SQLExpression {
        .isNull(.function(.nullIf, [sql(for: flag), .value(.integer(0))]), negated: false)
    }

    /// The kind of a column of an alias inside this scope, as the database's catalogue says
    /// (``MetricsModel/columnKinds``); unknown without a catalogue.
    func kind(ofColumn name: String, alias: String) -> ColumnKind {
        let target =
            alias == source.name ? source : source.joins[alias]?.steps.last.flatMap { model.sources[$0.target] }
        return target.map { model.columnKinds.kind(table: $0.table, column: name) } ?? .unknown
    }

    /// Translates a checked row expression into SQL over this scope's aliases.
    ///
    /// A column of type `boolean` is the number 1 or 0 (``SQLExpression/booleanAsNumber(_:)``), as
    /// SQLite's flags are, so `returned = 1` and the opt-out test work on both; where it is a
    /// condition (`where flag`, `not flag`), the dialect writes the flag itself. A column of an
    /// integer or `numeric` type is a number that, where it is a condition, is true when not zero
    /// (``SQLExpression/numberAsFlag(_:)``), as SQLite takes an integer flag.
    mutating func sql(for expression: RowExpression) -> SQLExpression {
        switch expression {
        case .column(let alias, let name):
            use(alias)
            let column = SQLExpression.column(tableAlias(alias), name)
            switch kind(ofColumn: name, alias: alias) {
            case .boolean: return .booleanAsNumber(column)
            case .integer, .decimal: return .numberAsFlag(column)
            case .time, .unknown: return column
            }
        case .number(let text): return .value(Int64(text).map(SQLValue.integer) ?? .real(Double(text) ?? 0))
        case .string(let text): return .value(.text(text))
        case .boolean(let value): return .value(.integer(value ? 1 : 0))
        case .null: return .value(.null)
        case .unary(let op, let operand): return .unary(Self.sqlUnaryOperator(op), sql(for: operand))
        case .binary(let op, _, _) where op == "and" || op == "or":
            return logical(op, expression.logicalOperands(op).map { sql(for: $0) })
        case .binary:
            let (first, links) = expression.chain  // link by link: a long chain is deep on its left
            var result = sql(for: first)
            for link in links { result = binary(link.op, result, sql(for: link.operand)) }
            return result
        case .function(let function, let arguments): return call(function, arguments.map { sql(for: $0) })
        case .isNull(let operand, let negated): return .isNull(sql(for: operand), negated: negated)
        case .inList(let operand, let items, let negated):
            return .inList(sql(for: operand), items.map { sql(for: $0) }, negated: negated)
        }
    }

    /// An `and`/`or` of many terms as flat groups of `RowExpression.logicalFanOut` terms, nested
    /// only when there are more: SQLite takes 100,000 terms as three levels of groups.
    private func logical(_ op: String, _ operands: [SQLExpression]) -> SQLExpression {
        var level = operands
        repeat {
            level = stride(from: 0, to: level.count, by: RowExpression.logicalFanOut).map { start in
                let group = level[start..<min(start + RowExpression.logicalFanOut, level.count)]
                return group.dropFirst().reduce(group[start]) { binary(op, $0, $1) }
            }
        } while level.count > 1
        return level[0]
    }

    private func binary(_ op: String, _ lhs: SQLExpression, _ rhs: SQLExpression) -> SQLExpression {
        let sqlOperator = Self.sqlOperator(op)
        guard sqlOperator == .divide else { return .binary(sqlOperator, lhs, rhs) }
        // Never integer division; a quotient is already real.
        if case .binary(.divide, _, _) = lhs { return .binary(.divide, lhs, rhs) }
        return .binary(.divide, .cast(lhs, .real), rhs)
    }

    /// The SQL operator of a row expression's binary operator (the parser admits no others).
    private static func sqlOperator(_ op: String) -> SQLOperator {
        switch op {
        case "+": .add
        case "-": .subtract
        case "*": .multiply
        case "/": .divide
        case "and": .and
        case "or": .or
        default:
            if let comparison = SQLOperator(comparison: op) {
                comparison
            } else {
                preconditionFailure("no SQL operator for '\(op)'")
            }
        }
    }

    /// The SQL operator of a row expression's prefix operator: `not`, `-` or `+`.
    private static func sqlUnaryOperator(_ op: String) -> SQLUnaryOperator {
        switch op {
        case "not": .not
        case "-": .negate
        case "+": .plus
        default: preconditionFailure("no SQL prefix operator for '\(op)'")
        }
    }

    private func call(_ function: RowFunction, _ arguments: [SQLExpression]) -> SQLExpression {
        switch function {
        case .hoursBetween: .hoursBetween(start: arguments[0], end: arguments[1], format: timeFormat)
        case .daysBetween:
            .binary(
                .divide, .hoursBetween(start: arguments[0], end: arguments[1], format: timeFormat), .value(.real(24)))
        case .coalesce: .function(.coalesce, arguments)
        case .lower: .function(.lower, arguments)
        case .upper: .function(.upper, arguments)
        case .abs: .function(.abs, arguments)
        }
    }
}
