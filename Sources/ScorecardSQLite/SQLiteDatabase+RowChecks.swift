import CSQLite

/// The scalar function behind `SQLExpression.notANumber` in the SQLite dialect.
extension SQLiteDatabase {
    /// Registers `scorecard_not_number(x)`, the dialect's not-a-number test, on this connection.
    ///
    /// It gives 0 for NULL, for a number and for text SQLite reads as a number as a whole
    /// (surrounding spaces allowed), 1 for anything else ('abc', '12abc', '1,5', a blob).
    ///
    /// ```sql
    /// SELECT COUNT(*) FROM orders WHERE scorecard_not_number(net_amount)
    /// ```
    public func registerRowChecks() throws {
        let rc = sqlite3_create_function_v2(
            try openHandle(), "scorecard_not_number", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
            nil, notANumber, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(code: rc) }
    }
}

/// `sqlite3_value_numeric_type` applies SQLite's own test: the whole text must read as a number.
private func notANumber(_ context: OpaquePointer?, _ count: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let argument = arguments?[0] else { return sqlite3_result_int(context, 0) }
    switch sqlite3_value_numeric_type(argument) {
    case SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT: sqlite3_result_int(context, 0)
    default: sqlite3_result_int(context, 1)
    }
}
