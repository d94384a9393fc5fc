import Foundation

/// A value stored in or bound to SQLite: one case per SQLite storage class.
///
/// ```swift
/// try statement.bind([.text("O'Brien"), .integer(42), .real(9.99), .null])
/// ```
public enum SQLiteValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An IEEE 754 double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
}

extension SQLiteValue: CustomStringConvertible {
    /// A short rendering for diagnostics and test failures, e.g. `'text'`, `42`, `NULL`.
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let bytes):
            return "x'"
                + bytes.map { byte in
                    let hex = String(byte, radix: 16)
                    return byte < 16 ? "0" + hex : hex
                }.joined() + "'"
        }
    }
}

extension SQLiteValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
    /// `nil` binds NULL.
    public init(nilLiteral: ()) { self = .null }
    /// An integer literal binds an integer.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// A floating-point literal binds a real.
    public init(floatLiteral value: Double) { self = .real(value) }
    /// A string literal binds text.
    public init(stringLiteral value: String) { self = .text(value) }
}
