/// The binary operators of a SQL tree: arithmetic, comparison and logic.
///
/// ```swift
/// SQLExpression.binary(.greaterOrEqual, .column("o", "ordered_at"), .value(.text("2026-10-01")))
/// // "o"."ordered_at" >= ?
/// ```
public enum SQLOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case and = "AND"
    case or = "OR"

    /// The operator's standard spelling, which every dialect the planner targets shares.
    public var symbol: String { rawValue }

    /// The comparison a metrics file writes as `op` (`=`, `==`, `!=`, `<>`, `<`, …), or nil.
    public init?(comparison op: String) {
        switch op {
        case "=", "==": self = .equal
        case "!=", "<>": self = .notEqual
        case "<": self = .less
        case "<=": self = .lessOrEqual
        case ">": self = .greater
        case ">=": self = .greaterOrEqual
        default: return nil
        }
    }
}
