import ScorecardModel

/// A check of a source's rows for a value the evaluation cannot use.
///
/// Every row scan flags the rows that fail its source's checks; with `bad_rows skip` every query
/// leaves them out.
///
/// The checks of a source: its time column (missing or unreadable), each column its measures
/// read as a number (the argument of `sum`, `avg`, `min`, `max`, `median`, `percentile`, `nps`,
/// or an operand of arithmetic in it: not a number), and each column of a money `sum` (too
/// large for cents: a magnitude of ``RowCheck/largestAmount`` or more).
public struct RowCheck: Sendable, Hashable {
    /// What is wrong with the value.
    public enum Problem: String, Sendable, Hashable, Codable {
        case notANumber = "not_a_number"
        case tooLarge = "too_large"
        case unreadableTime = "unreadable_time"
    }

    /// The name of the source whose rows are checked.
    public let source: String
    /// The column as the metrics name it: `net_amount`, or `customers.credit_limit` for a joined source's.
    public let column: String
    /// What a failing row's value is: not a number, too large, or an unreadable time.
    public let problem: Problem
    /// The column's row expression.
    let expression: RowExpression

    /// The magnitude (ten trillion) from which a money amount fails the `too_large` check.
    ///
    /// Money is summed as 64-bit whole cents (`CAST(ROUND(x * 100) AS INTEGER)`), so a row below
    /// this adds less than 10^15 cents to a sum.
    public static let largestAmount = 1e13
}

/// How a row scan tells a row failing a check from the checked column's value as stored, with
/// the same result as the check's SQL condition on a column of unknown kind (any SQLite column).
public enum ScannedCheck: Sendable, Hashable {
    /// NULL, or (ISO text) not text starting `YYYY-MM` with a month 01 to 12, or (unix seconds,
    /// Julian days) text the database does not read as a number.
    case unreadableTime(SQLTimeFormat)
    /// Text or bytes the database does not read as a number.
    case notANumber
    /// A magnitude of ``RowCheck/largestAmount`` or more, text read as SQL reads it.
    case tooLarge
}

extension SourceScope {
    /// The checked column as stored and how a row scan tests it, when the column's kind is
    /// unknown (the conditions of ``rowChecks()`` are then the dialect's full tests, which
    /// ``ScannedCheck`` matches); nil for a typed column, whose scan keeps the SQL condition.
    mutating func scannedCheck(_ check: RowCheck) -> (column: SQLExpression, test: ScannedCheck)? {
        guard columnKind(of: check.expression) == .unknown else { return nil }
        let test: ScannedCheck =
            switch check.problem {
            case .unreadableTime: .unreadableTime(timeFormat)
            case .notANumber: .notANumber
            case .tooLarge: .tooLarge
            }
        return (sql(for: check.expression), test)
    }

    /// The checks of this scope's source, in a stable order, each with its SQL condition (true for a bad row).
    mutating func rowChecks() -> [(check: RowCheck, condition: SQLExpression)] {
        var checks: [RowCheck] = []
        if let time = source.time {
            let column = RowExpression.column(alias: time.alias ?? source.name, name: time.column)
            checks.append(check(column, .unreadableTime))
        }
        let measures = model.measures.values.filter { $0.source == source.name }.sorted { $0.name < $1.name }
        for measure in measures {
            guard let argument = measure.aggregate.argument, Self.readsNumbers(measure.aggregate.function) else {
                continue
            }
            for column in Self.numericColumns(of: argument) {
                checks.append(check(column, .notANumber))
                if measure.aggregate.function == .sum && measure.unit == .money {
                    checks.append(check(column, .tooLarge))
                }
            }
        }
        var seen = Set<RowCheck>()
        return checks.filter { seen.insert($0).inserted }.compactMap { check in condition(of: check).map { (check, $0) }
        }
    }

    private func check(_ column: RowExpression, _ problem: RowCheck.Problem) -> RowCheck {
        guard case .column(let alias, let name) = column else { preconditionFailure("checks are of columns") }
        return RowCheck(
            source: source.name, column: alias == source.name ? name : "\(alias).\(name)", problem: problem,
            expression: column)
    }

    /// True for a row that fails the check; nil when no value of the column's type can fail it.
    ///
    /// The column's kind from the database's catalogue (``MetricsModel/columnKinds``) decides
    /// how: an integer or boolean column is always a number (no check), a `numeric` or floating
    /// one fails only for NaN and the infinities, a `date` or `timestamp` time only when NULL or
    /// infinite. These compare the value with bound texts (`x IN ('NaN', 'Infinity', '-Infinity')`)
    /// that PostgreSQL reads as the column's type, so no row's type is looked up and no pattern is
    /// matched. A column of unknown kind (any SQLite column, text) gets the dialect's full test.
    private mutating func condition(of check: RowCheck) -> SQLExpression? {
        let value = sql(for: check.expression)
        let kind = columnKind(of: check.expression)
        switch check.problem {
        case .unreadableTime:
            switch (kind, timeFormat) {
            case (.time, .iso):
                return .binary(.or, .isNull(value, negated: false), Self.oneOf(value, Self.infiniteTimes))
            case (.integer, .unix), (.integer, .julian): return .isNull(value, negated: false)
            case (.decimal, .unix), (.decimal, .julian):
                return .binary(.or, .isNull(value, negated: false), Self.oneOf(value, Self.nonFiniteNumbers))
            default: return .unreadableTime(value, format: timeFormat)
            }
        case .notANumber:
            switch kind {
            case .integer, .boolean: return nil
            case .decimal: return .binary(.and, .isNull(value, negated: true), Self.oneOf(value, Self.nonFiniteNumbers))
            case .time, .unknown: return .notANumber(value)
            }
        case .tooLarge:
            guard kind != .boolean else { return nil }
            return .binary(
                .and, .isNull(value, negated: true),
                .binary(.greaterOrEqual, .function(.abs, [value]), .value(.real(RowCheck.largestAmount))))
        }
    }

    /// The kind of a checked column (a check's expression is always a column).
    private func columnKind(of column: RowExpression) -> ColumnKind {
        guard case .column(let alias, let name) = column else { return .unknown }
        return kind(ofColumn: name, alias: alias)
    }

    /// `x IN (?, ?, …)` with the texts bound.
    private static func oneOf(_ value: SQLExpression, _ texts: [String]) -> SQLExpression {
        .inList(value, texts.map { .value(.text($0)) }, negated: false)
    }

    /// The values of `numeric`, `real` and `double precision` that are not numbers a sum can use.
    static let nonFiniteNumbers = ["NaN", "Infinity", "-Infinity"]
    /// The values of `date` and `timestamp` that are no day.
    static let infiniteTimes = ["infinity", "-infinity"]

    private static func readsNumbers(_ function: AggregateFunction) -> Bool {
        [.sum, .avg, .min, .max, .median, .percentile, .nps].contains(function)
    }

    /// The columns an expression reads as numbers: itself when a column, and the operands of its
    /// arithmetic, walked with an explicit stack.
    static func numericColumns(of expression: RowExpression) -> [RowExpression] {
        var found: [RowExpression] = []
        var pending = [expression]
        while let next = pending.popLast() {
            switch next {
            case .column: found.append(next)
            case .unary("-", let operand): pending.append(operand)
            case .binary(let op, let lhs, let rhs) where ["+", "-", "*", "/"].contains(op): pending += [rhs, lhs]
            case .function(.abs, let arguments), .function(.coalesce, let arguments): pending += arguments.reversed()
            default: continue
            }
        }
        return found
    }
}
