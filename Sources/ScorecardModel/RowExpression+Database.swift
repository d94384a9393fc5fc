/// How deep a row expression is once rendered as SQL, against what SQLite accepts (E0111).
///
/// SQLite refuses an expression tree more than 1,000 levels deep (`SQLITE_MAX_EXPR_DEPTH`)
/// and its parser overflows at about 100 pending symbols (`YYSTACKDEPTH`), which nested
/// parentheses and calls fill three or four at a time. Rendering keeps both small: a chain
/// `a + b - c` is written flat (one level of parentheses, one tree level per term), and an
/// `and`/`or` of many terms is written as flat groups of ``logicalFanOut`` terms. This mirrors
/// that rendering (ScorecardSQL's `SourceScope` and `SQLDialect`) so `check` can refuse what
/// the database would refuse, at the expression, with room left for the query around it.
extension RowExpression {
    /// The most terms an `and`/`or` group is written with before it is split into nested groups.
    public static let logicalFanOut = 64
    /// The deepest expression tree accepted: half SQLite's 1,000.
    ///
    /// The query of a `new_customers` breakdown nests the condition within its own depth (it failed
    /// at 500 terms, every other query at about 1,000), and the query around the expression needs
    /// room too.
    public static let maxDatabaseDepth = 450
    /// The deepest nesting of parentheses and calls accepted.
    ///
    /// SQLite's parser takes about 25 inside a measure's query; the rest is room for the query
    /// around it.
    public static let maxDatabaseNesting = 16

    /// The SQL expression tree's depth and the nesting of its parentheses and calls.
    public struct DatabaseShape: Equatable, Sendable {
        /// The depth of the rendered expression tree.
        public var depth: Int
        /// The deepest nesting of parentheses and calls.
        public var nesting: Int
    }

    /// This expression's shape as rendered.
    public var databaseShape: DatabaseShape {
        switch self {
        case .column, .number, .string, .boolean, .null: return DatabaseShape(depth: 1, nesting: 0)
        case .unary(_, let operand), .isNull(let operand, _): return operand.databaseShape.wrapped(levels: 1)
        case .inList(let operand, let items, _): return Self.widest([operand] + items).wrapped(levels: 1)
        case .function(let function, let arguments):
            // hours_between and days_between become date arithmetic three levels deep.
            let levels = function == .hoursBetween || function == .daysBetween ? 4 : 1
            return Self.widest(arguments).wrapped(levels: levels)
        case .binary(let op, _, _) where op == "and" || op == "or": return Self.logicalShape(op, logicalOperands(op))
        case .binary: return chainShape
        }
    }

    /// The operands of a maximal `and` (or `or`) subtree, found with an explicit stack.
    public func logicalOperands(_ op: String) -> [RowExpression] {
        var operands: [RowExpression] = []
        var pending = [self]
        while let node = pending.popLast() {
            if case .binary(op, let lhs, let rhs) = node {
                pending.append(contentsOf: [rhs, lhs])
            } else {
                operands.append(node)
            }
        }
        return operands
    }

    private static func logicalShape(_ op: String, _ operands: [RowExpression]) -> DatabaseShape {
        var level = operands.map(\.databaseShape)
        repeat {
            level = stride(from: 0, to: level.count, by: logicalFanOut).map { start in
                let group = level[start..<min(start + logicalFanOut, level.count)]
                return DatabaseShape(
                    depth: (group.map(\.depth).max() ?? 0) + group.count, nesting: (group.map(\.nesting).max() ?? 0) + 1
                )
            }
        } while level.count > 1
        return level[0]
    }

    /// A left-deep chain: flat within one precedence group, a new level of parentheses when it changes.
    private var chainShape: DatabaseShape {
        let (first, links) = chain
        var shape = first.databaseShape
        var group: Int?
        var previous: String?
        for (op, operand) in links {
            if op == "/", previous != "/" { shape = shape.wrapped(levels: 1) }  // CAST(… AS REAL)
            let right = operand.databaseShape
            let linkGroup = Self.precedenceGroup(op)
            let continues = linkGroup != nil && linkGroup == group && !(op == "/" && previous != "/")
            shape = DatabaseShape(
                depth: max(shape.depth, right.depth) + 1,
                nesting: max(shape.nesting + (continues ? 0 : 1), right.nesting + 1))
            group = linkGroup
            previous = op
        }
        return shape
    }

    private static func precedenceGroup(_ op: String) -> Int? {
        switch op {
        case "+", "-": 1
        case "*", "/": 2
        default: nil
        }
    }

    private static func widest(_ expressions: [RowExpression]) -> DatabaseShape {
        let shapes = expressions.map(\.databaseShape)
        return DatabaseShape(depth: shapes.map(\.depth).max() ?? 0, nesting: shapes.map(\.nesting).max() ?? 0)
    }
}

extension RowExpression.DatabaseShape {
    func wrapped(levels: Int) -> Self { Self(depth: depth + levels, nesting: nesting + levels) }
}
