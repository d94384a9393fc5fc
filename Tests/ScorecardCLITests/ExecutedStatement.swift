/// A SQL statement with its bound values as text, as `explain` prints it or PostgreSQL logs it.
///
/// ```swift
/// ExecutedStatement.values("$1 = '1', $2 = 'it''s'", marker: "$")   // ["'1'", "'it''s'"]
/// ```
struct ExecutedStatement: CustomStringConvertible {
    /// The statement's text, without a trailing `;`.
    let text: String
    /// Each bound value as printed: `1`, `'completed'`, `NULL`.
    let values: [String]

    var description: String { text + "\n-- " + values.joined(separator: ", ") }

    /// True when both have the same text and each value is the same: the same text (quotes
    /// removed), NULL for NULL, the same number (`10000000000000.0` and `'10000000000000'`), or
    /// the same day: PostgreSQL logs a value through its parameter's type, so a day compared
    /// with a `timestamp` column is logged `'2026-06-01 00:00:00'`.
    func matches(_ other: ExecutedStatement) -> Bool {
        text == other.text && values.count == other.values.count
            && zip(values, other.values).allSatisfy { Self.sameValue($0, $1) }
    }

    private static func sameValue(_ first: String, _ second: String) -> Bool {
        let (a, b) = (unquoted(first), unquoted(second))
        if a == b || a + " 00:00:00" == b || a == b + " 00:00:00" { return true }
        guard first != "NULL", second != "NULL", let x = Double(a), let y = Double(b) else { return false }
        return x == y
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") else { return value }
        return String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
    }

    /// The values of a list `?1 = 1, ?2 = 'a'` (marker `?`) or `$1 = '1', $2 = NULL` (marker `$`),
    /// quoted values kept whole even when they hold `, ?`.
    static func values(_ list: String, marker: Character) -> [String] {
        var values: [String] = []
        var rest = Substring(list)
        while let equals = rest.range(of: " = ") {
            guard rest.first == marker else { break }
            rest = rest[equals.upperBound...]
            var value = ""
            if rest.first == "'" {
                var index = rest.index(after: rest.startIndex)
                while index < rest.endIndex {
                    if rest[index] == "'" {
                        let next = rest.index(after: index)
                        if next < rest.endIndex, rest[next] == "'" {
                            index = rest.index(after: next)
                            continue
                        }
                        break
                    }
                    index = rest.index(after: index)
                }
                let end = index < rest.endIndex ? rest.index(after: index) : rest.endIndex
                value = String(rest[..<end])
                rest = rest[end...]
            } else {
                let end = rest.range(of: ", ")?.lowerBound ?? rest.endIndex
                value = String(rest[..<end])
                rest = rest[end...]
            }
            values.append(value)
            if rest.hasPrefix(", ") { rest = rest.dropFirst(2) }
        }
        return values
    }
}
