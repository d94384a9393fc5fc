/// Operators that may be written one after another without parentheses.
extension SQLOperator {
    /// The left-associative group of an operator: `+ -`, `* /`, `AND` or `OR`; nil for comparisons,
    /// which are always parenthesised.
    var precedenceGroup: Int? {
        switch self {
        case .add, .subtract: 1
        case .multiply, .divide: 2
        case .and: 3
        case .or: 4
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: nil
        }
    }
}
