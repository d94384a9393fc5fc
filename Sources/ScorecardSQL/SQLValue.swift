/// A value bound to a statement parameter (SQL text never contains values), or read from a row.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Raw bytes (a SQLite blob, a PostgreSQL bytea).
    case blob([UInt8])

    /// The value as shown by `scorecard explain`.
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value):
            "'" + value.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        case .blob(let bytes):
            "x'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
        }
    }
}

extension SQLValue {
    /// The kinds of values, one per case.
    public enum Kind: Sendable, Hashable { case null, integer, real, text, blob }

    /// The value's kind.
    public var kind: Kind {
        switch self {
        case .null: .null
        case .integer: .integer
        case .real: .real
        case .text: .text
        case .blob: .blob
        }
    }
}
