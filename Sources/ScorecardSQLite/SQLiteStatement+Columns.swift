import CSQLite

/// Column access for the current row (valid after `step()` returned true).
extension SQLiteStatement {
    /// The number of columns in the result.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of the column at `index` (0-based), as given by `AS` or derived by SQLite.
    public func columnName(at index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// True when the column at `index` is NULL in the current row.
    public func isNull(at index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The storage class of the column in the current row, without reading its value.
    public func storageClass(at index: Int) -> SQLiteStorageClass {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: .integer
        case SQLITE_FLOAT: .real
        case SQLITE_TEXT: .text
        case SQLITE_BLOB: .blob
        default: .null
        }
    }

    /// The column as a 64-bit integer, with SQLite's conversions (NULL reads as 0).
    public func int64(at index: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(index))
    }

    /// The column as a double, with SQLite's conversions (NULL reads as 0.0).
    public func double(at index: Int) -> Double {
        sqlite3_column_double(handle, Int32(index))
    }

    /// The column as text, or nil when it is NULL; numbers are converted by SQLite.
    public func string(at index: Int) -> String? {
        let column = Int32(index)
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Hands the column's UTF-8 text to `body` without copying it; nil when it is NULL.
    ///
    /// Numbers are converted to text by SQLite; the bytes are valid only inside `body`.
    public func withUTF8<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result?
    {
        let column = Int32(index)
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))))
    }

    /// True when the column is a number, or text or bytes SQLite reads as a number as a whole
    /// (surrounding spaces allowed): `sqlite3_value_numeric_type` on a copy of the value, the
    /// test of the `scorecard_not_number` SQL function. False for NULL.
    public func readsAsNumber(at index: Int) -> Bool {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER, SQLITE_FLOAT: return true
        case SQLITE_NULL: return false
        default:
            guard let copy = sqlite3_value_dup(sqlite3_column_value(handle, column)) else { return false }
            defer { sqlite3_value_free(copy) }
            let type = sqlite3_value_numeric_type(copy)
            return type == SQLITE_INTEGER || type == SQLITE_FLOAT
        }
    }

    /// The column with its storage class, exactly as SQLite holds it.
    public func value(at index: Int) -> SQLiteValue {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT: return .text(string(at: index) ?? "")
        case SQLITE_BLOB: return .blob(blob(at: column))
        default: return .null
        }
    }

    /// All columns of the current row.
    public func row() -> [SQLiteValue] {
        (0..<columnCount).map { value(at: $0) }
    }

    private func blob(at column: Int32) -> [UInt8] {
        guard let bytes = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

/// SQLite's storage classes, one per case of ``SQLiteValue``.
public enum SQLiteStorageClass: Sendable {
    case integer, real, text, blob, null
}
