import ScorecardModel

/// Computes KPI values from measure values: arithmetic, built-ins, missing data and division by zero.
///
/// Ratios over longer windows are recomputed from their parts: the YTD value of
/// `revenue / buyers` is YTD revenue divided by YTD buyers, never an average of monthly ratios.
///
/// Each KPI is computed once per window: a KPI that uses another reads its memoised value,
/// and the KPIs it needs are computed first with an explicit stack, so a chain of 10,000 KPIs
/// each using the previous one costs 10,000 evaluations per window, without deep recursion.
struct KPICalculator {
    /// A measure's cell in a window, or nil when its source has no rows there.
    typealias CellLookup = (_ measure: String, _ range: MonthRange) -> MeasureTable.Cell?

    let model: MetricsModel
    let cell: CellLookup
    private let memo = Memo()

    init(model: MetricsModel, cell: @escaping CellLookup) {
        self.model = model
        self.cell = cell
    }

    /// The KPI's value over a month range.
    func value(of kpi: KPI, in range: MonthRange) -> Outcome {
        let key = Key(id: kpi.id, range: range)
        if let known = memo.values[key] { return known }
        var pending: [(key: Key, ready: Bool)] = [(key, false)]
        while let (next, ready) = pending.popLast() {
            guard memo.values[next] == nil, let used = model.kpi(next.id) else { continue }
            if ready {
                memo.values[next] = evaluate(used.value, in: next.range, missing: used.missing)
                continue
            }
            pending.append((next, true))
            for needed in dependencies(of: used.value, in: next.range) where memo.values[needed] == nil {
                pending.append((needed, false))
            }
        }
        return memo.values[key] ?? evaluate(kpi.value, in: range, missing: kpi.missing)
    }

    /// The other KPIs' values an expression reads in a range: `growth(…)` reads its argument a year earlier too.
    private func dependencies(of expression: KPIExpression, in range: MonthRange) -> [Key] {
        var keys: [Key] = []
        var pending = [(expression, range)]
        while let (node, range) = pending.popLast() {
            switch node {
            case .kpi(let id): keys.append(Key(id: id, range: range))
            case .measure, .number: break
            case .unary(_, let operand): pending.append((operand, range))
            case .binary(_, let lhs, let rhs): pending.append(contentsOf: [(lhs, range), (rhs, range)])
            case .function(let function, let arguments):
                pending.append(contentsOf: arguments.map { ($0, range) })
                if function == .growth {
                    pending.append(contentsOf: arguments.map { ($0, range.shifted(byMonths: -12)) })
                }
            }
        }
        return keys
    }

    private func evaluate(_ expression: KPIExpression, in range: MonthRange, missing: MissingPolicy) -> Outcome {
        switch expression {
        case .number(let value): return .value(value)
        case .measure(let name): return measureValue(name, in: range, missing: missing)
        case .kpi(let id):
            guard let used = model.kpi(id) else { return .notAvailable("unknown KPI '\(id)'") }
            return memo.values[Key(id: id, range: range)] ?? value(of: used, in: range)
        case .unary(let op, let operand):
            guard case .value(let value) = evaluate(operand, in: range, missing: missing) else {
                return evaluate(operand, in: range, missing: missing)
            }
            return .value(op == "-" ? -value : value)
        case .binary:
            let (first, links) = expression.chain  // link by link: a long sum is deep on its left
            var result = evaluate(first, in: range, missing: missing)
            for (op, operand) in links {
                result = combine(op, result, evaluate(operand, in: range, missing: missing), divisor: operand)
            }
            return result
        case .function(let function, let arguments):
            return call(function, arguments, in: range, missing: missing)
        }
    }

    private func combine(_ op: String, _ lhs: Outcome, _ rhs: Outcome, divisor: KPIExpression) -> Outcome {
        guard case .value(let a) = lhs else { return lhs }
        guard case .value(let b) = rhs else { return rhs }
        switch op {
        case "+": return .value(a + b)
        case "-": return .value(a - b)
        case "*": return .value(a * b)
        default:
            guard b != 0 else { return .notAvailable("division by zero: \(Self.describe(divisor)) is 0") }
            return .value(a / b)
        }
    }

    private func call(
        _ function: KPIFunction, _ arguments: [KPIExpression], in range: MonthRange, missing: MissingPolicy
    ) -> Outcome {
        switch function {
        case .ratio, .share:
            return combine(
                "/", evaluate(arguments[0], in: range, missing: missing),
                evaluate(arguments[1], in: range, missing: missing),
                divisor: arguments[1])
        case .growth:
            let now = evaluate(arguments[0], in: range, missing: missing)
            let before = evaluate(arguments[0], in: range.shifted(byMonths: -12), missing: missing)
            guard case .value(let current) = now else { return now }
            guard case .value(let previous) = before else {
                return .notAvailable("no value a year earlier to compare with")
            }
            guard previous != 0 else { return .notAvailable("growth from zero a year earlier") }
            return .value(current / previous - 1)
        }
    }

    private func measureValue(_ name: String, in range: MonthRange, missing: MissingPolicy) -> Outcome {
        guard let measure = model.measures[name] else { return .notAvailable("unknown measure '\(name)'") }
        switch cell(name, range) {
        case .value(let value)?:
            return .value(value)
        case .failed(let reason)?:
            return .notAvailable(reason)
        case .empty?:
            if measure.aggregate.function.isAdditive || missing == .zero { return .value(0) }
            return .notAvailable("no rows of source '\(measure.source)' match measure '\(name)' in the period")
        case nil:
            if missing == .zero { return .value(0) }
            return .notAvailable("no data in source '\(measure.source)' for \(Self.describe(range))")
        }
    }

    static func describe(_ range: MonthRange) -> String {
        range.count == 1 ? "\(range.first)" : "\(range.first) to \(range.last)"
    }

    static func describe(_ expression: KPIExpression) -> String {
        switch expression {
        case .measure(let name), .kpi(let name): "'\(name)'"
        case .number(let value): String(value)
        default: "the divisor"
        }
    }
}

extension AggregateFunction {
    /// Sums and counts: a window with rows but no match is zero, not "no data".
    var isAdditive: Bool { [.sum, .count, .countDistinct, .newCustomers].contains(self) }
}
