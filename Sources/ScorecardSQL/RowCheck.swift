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

extension SourceScope {
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
        return checks.filter { seen.insert($0).inserted }.map { ($0, condition(of: $0)) }
    }

    private func check(_ column: RowExpression, _ problem: RowCheck.Problem) -> RowCheck {
        guard case .column(let alias, let name) = column else { preconditionFailure("checks are of columns") }
        return RowCheck(
            source: source.name, column: alias == source.name ? name : "\(alias).\(name)", problem: problem,
            expression: column)
    }

    /// True for a row that fails the check.
    private mutating func condition(of check: RowCheck) -> SQLExpression {
        let value = sql(for: check.expression)
        switch check.problem {
        case .unreadableTime: return .unreadableTime(value, format: timeFormat)
        case .notANumber: return .notANumber(value)
        case .tooLarge:
            return .binary(
                .and, .isNull(value, negated: true),
                .binary(.greaterOrEqual, .function(.abs, [value]), .value(.real(RowCheck.largestAmount))))
        }
    }

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
