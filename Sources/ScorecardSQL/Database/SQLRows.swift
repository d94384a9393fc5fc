/// The rows of a running statement, read one at a time.
///
/// A cursor, so a result never has to fit in memory.
///
/// ```swift
/// while try rows.next() {
///     let month = rows.text(0)
///     let cents = rows.isNull(1) ? nil : rows.integer(1)
/// }
/// ```
///
/// Column accessors are valid after ``next()`` returned true, until it is called again.
public protocol SQLRows: AnyObject {
    /// Moves to the next row; false once there is none (the statement is then finished).
    func next() throws -> Bool

    /// True when the column (0-based) is NULL in the current row.
    func isNull(_ column: Int) -> Bool

    /// The column as a 64-bit integer (NULL reads as 0); a backend converts exact numbers.
    func integer(_ column: Int) -> Int64

    /// The column as a double (NULL reads as 0).
    func real(_ column: Int) -> Double

    /// The column as text, nil when it is NULL; numbers as the database writes them.
    func text(_ column: Int) -> String?

    /// The column as the database holds it: NULL, an integer, a real, text or bytes.
    func value(_ column: Int) -> SQLValue

    /// The kind of value the column holds in the current row, without reading it.
    func kind(_ column: Int) -> SQLValue.Kind

    /// Hands the column's UTF-8 text to `body` without copying it where the backend can (nil for
    /// NULL); the bytes are valid only inside `body`.
    func withUTF8<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result?

    /// True when the column is a number or text the database reads as a number as a whole, the
    /// test of ``SQLExpression/notANumber(_:)`` (NULL is not a number here).
    func readsAsNumber(_ column: Int) -> Bool
}

extension SQLRows {
    /// The kind of ``value(_:)``, for backends that cannot tell it without reading the value.
    public func kind(_ column: Int) -> SQLValue.Kind { value(column).kind }

    /// The column's UTF-8 text through a copy made by ``text(_:)``; nil for NULL.
    public func withUTF8<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result?
    {
        guard var text = text(column) else { return nil }
        return try text.withUTF8(body)
    }

    /// By SQL's numeric conversion of text (``SQLValue/numeric``), for backends without a reading of their own.
    public func readsAsNumber(_ column: Int) -> Bool {
        switch value(column).numeric {
        case .integer, .real: true
        case .null, .text, .blob: false
        }
    }

    /// The column as an optional double.
    public func optionalReal(_ column: Int) -> Double? { isNull(column) ? nil : real(column) }
}
