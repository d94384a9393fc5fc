import CPostgres
import ScorecardModel

/// The built-in type OIDs Scorecard reads or binds (from PostgreSQL's `pg_type`), and how a
/// column of each type reads.
enum PostgresType {
    static let bool: Oid = 16
    static let bytea: Oid = 17
    static let int8: Oid = 20
    static let int2: Oid = 21
    static let int4: Oid = 23
    static let oid: Oid = 26
    static let float4: Oid = 700
    static let float8: Oid = 701
    static let date: Oid = 1082
    static let timestamp: Oid = 1114
    static let timestamptz: Oid = 1184
    static let numeric: Oid = 1700

    /// What a column of a type holds, for the plan: `bool` a flag, the integer types numbers,
    /// `numeric` and the floating types numbers (or NaN and the infinities), `date`, `timestamp`
    /// and `timestamptz` times; any other type (text, a domain) is unknown.
    static func kind(of type: Oid) -> ColumnKind {
        switch type {
        case bool: .boolean
        case int2, int4, int8: .integer
        case float4, float8, numeric: .decimal
        case date, timestamp, timestamptz: .time
        default: .unknown
        }
    }

    /// How a column's text (libpq's text format) becomes a value.
    enum Reading {
        /// `int2`, `int4`, `int8`, `oid`: `.integer`.
        case integer
        /// `float4`, `float8`: `.real`.
        case real
        /// `numeric`: `.real` as a value, its exact decimal as text.
        case decimal
        /// `bool` (`t` / `f`): `.integer` 1 or 0.
        case boolean
        /// `bytea` (`\x` hex): `.blob`.
        case bytes
        /// `timestamptz`: ISO text in the session time zone, its UTC offset dropped.
        case zonedTimestamp
        /// Everything else (text, varchar, date, timestamp, …): `.text` as the server writes it.
        case text

        init(_ type: Oid) {
            switch type {
            case int2, int4, int8, oid: self = .integer
            case float4, float8: self = .real
            case numeric: self = .decimal
            case bool: self = .boolean
            case bytea: self = .bytes
            case timestamptz: self = .zonedTimestamp
            default: self = .text
            }
        }
    }
}
