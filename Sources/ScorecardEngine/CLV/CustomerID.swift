/// A customer column's value: integer ids stay integers, anything else is its text.
///
/// Ids sort as SQLite orders them: integers ascending, then texts by their UTF-8 bytes.
enum CustomerID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case integer(Int64)
    case text(String)

    /// The id as `CAST(customer AS TEXT)` gives it.
    var description: String {
        switch self {
        case .integer(let value): String(value)
        case .text(let value): value
        }
    }

    /// Integers before texts; texts in the order of their bytes (SQLite's `BINARY` collation).
    static func < (lhs: CustomerID, rhs: CustomerID) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): a < b
        case (.integer, .text): true
        case (.text, .integer): false
        case (.text(let a), .text(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
        }
    }
}
