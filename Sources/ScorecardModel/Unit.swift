/// The unit a measure or KPI is shown in.
public enum Unit: String, CaseIterable, Sendable, Codable {
    case money, count, percent, ratio, points, days, hours, number

    /// The physical quantity behind the unit, used by the unit algebra.
    public var quantity: Quantity {
        switch self {
        case .money: .money
        case .count: .count
        case .days, .hours: .duration
        case .percent, .ratio, .points, .number: .dimensionless
        }
    }
}

/// What a value measures, independent of how it is shown; arithmetic is checked on quantities.
///
/// `money + count` is an error; `money / count` is money (per customer); `money / money` is a
/// dimensionless ratio; a literal number takes the quantity of the other operand in `+` and `-`.
public enum Quantity: String, Sendable, Equatable {
    case money, count, duration, dimensionless
    /// A bare number literal: adapts to the other operand of `+` and `-`.
    case literal

    /// The result of `lhs op rhs`, or nil when the combination has no meaning.
    public static func combine(_ lhs: Quantity, _ op: String, _ rhs: Quantity) -> Quantity? {
        switch op {
        case "+", "-": return add(lhs, rhs)
        case "*": return multiply(lhs, rhs)
        case "/": return divide(lhs, rhs)
        default: return nil
        }
    }

    private static func add(_ lhs: Quantity, _ rhs: Quantity) -> Quantity? {
        if lhs == .literal { return rhs }
        if rhs == .literal { return lhs }
        return lhs == rhs ? lhs : nil
    }

    private static func multiply(_ lhs: Quantity, _ rhs: Quantity) -> Quantity? {
        if lhs.isScalar { return rhs == .literal ? .dimensionless : rhs }
        if rhs.isScalar { return lhs }
        return nil
    }

    private static func divide(_ lhs: Quantity, _ rhs: Quantity) -> Quantity? {
        if rhs.isScalar { return lhs == .literal ? .dimensionless : lhs }
        if lhs == rhs { return .dimensionless }
        if rhs == .count, lhs == .money || lhs == .duration { return lhs }
        return nil
    }

    /// Dimensionless values and literals scale other quantities without changing them.
    public var isScalar: Bool { self == .dimensionless || self == .literal }

    /// The units a value of this quantity may be declared with.
    public var compatibleUnits: [Unit] {
        Unit.allCases.filter { $0.quantity == self || (self == .literal && $0.quantity == .dimensionless) }
    }

    /// A phrase for messages, e.g. "money".
    public var phrase: String {
        switch self {
        case .money: "money"
        case .count: "a count"
        case .duration: "a duration"
        case .dimensionless: "a ratio"
        case .literal: "a number"
        }
    }
}
