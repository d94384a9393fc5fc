/// The functions a SQL tree may call; each dialect spells them (``SQLDialect/writeFunction(_:_:distinct:to:)``).
///
/// Only what the planner uses is here, so a function one database lacks cannot slip into a
/// query: a dialect must render every case.
///
/// ```swift
/// SQLExpression.function(.count, [.column("o", "customer_id")], distinct: true)
/// // COUNT(DISTINCT "o"."customer_id")
/// SQLExpression.function(.sumOrZero, [.column("t", "amount")])
/// // SQLite: TOTAL("t"."amount")   PostgreSQL: COALESCE(SUM(CAST("t"."amount" AS DOUBLE PRECISION)), $1)
/// ```
public enum SQLFunction: String, Sendable, Hashable, CaseIterable {
    // MARK: Aggregates

    /// The number of non-NULL values (`COUNT(x)`, `COUNT(DISTINCT x)`).
    case count
    /// The sum of the non-NULL values; NULL over none (`SUM`).
    case sum
    /// The sum of the non-NULL values as a floating-point number, 0 over none (SQLite's `TOTAL`).
    case sumOrZero
    /// The mean of the non-NULL values (`AVG`).
    case avg
    /// The smallest non-NULL value (`MIN`).
    case min
    /// The largest non-NULL value (`MAX`).
    case max

    // MARK: Scalar functions

    /// The magnitude of a number (`ABS`).
    case abs
    /// The first non-NULL argument (`COALESCE`).
    case coalesce
    /// Text in lower case (`LOWER`).
    case lower
    /// Text in upper case (`UPPER`).
    case upper
    /// NULL when both arguments are equal, else the first (`NULLIF`).
    case nullIf
    /// The nearest whole number, halves rounded away from zero (`ROUND(x)`).
    case round

    /// True for the functions that aggregate a group's rows.
    public var isAggregate: Bool {
        switch self {
        case .count, .sum, .sumOrZero, .avg, .min, .max: true
        case .abs, .coalesce, .lower, .upper, .nullIf, .round: false
        }
    }

    /// The standard SQL name (`SUM`, `NULLIF`, …); ``sumOrZero`` and ``round`` differ in meaning
    /// between databases and are rendered by each dialect instead.
    var standardName: String { self == .nullIf ? "NULLIF" : rawValue.uppercased() }
}
