/// Operators that may be written one after another without parentheses.
extension SQLExpression {
    /// The left-associative group of an operator: `+ -`, `* /`, `AND` or `OR`; nil for comparisons,
    /// which are always parenthesised.
    static func precedenceGroup(_ op: String) -> Int? {
        switch op {
        case "+", "-": 1
        case "*", "/": 2
        case "AND": 3
        case "OR": 4
        default: nil
        }
    }
}
