import ScorecardSQL

extension ScannedCheck {
    /// True when the current row fails the check, read from the checked column as stored.
    ///
    /// The same as the check's condition in SQLite's dialect: `typeof(x) = 'text'` and the two
    /// `GLOB` month patterns for an ISO time, `typeof(x) IN ('text', 'blob')` and the database's
    /// own number reading (``SQLRows/readsAsNumber(_:)``) for a number, `ABS(x) >= 1e13` with
    /// text read as SQL reads it for an amount. An integer whose magnitude does not fit (the
    /// smallest one) fails as too large, where `ABS` stops the query.
    func fails(_ row: any SQLRows, column: Int) -> Bool {
        let kind = row.kind(column)
        switch self {
        case .unreadableTime(.iso):
            return kind != .text || row.monthIndex(at: column) == nil
        case .unreadableTime:
            return kind == .null || isText(kind) && !row.readsAsNumber(column)
        case .notANumber:
            return isText(kind) && !row.readsAsNumber(column)
        case .tooLarge:
            switch kind {
            case .null: return false
            case .integer:
                let value = row.integer(column)
                return value == .min || Double(abs(value)) >= RowCheck.largestAmount
            case .real, .text, .blob: return abs(row.real(column)) >= RowCheck.largestAmount
            }
        }
    }

    private func isText(_ kind: SQLValue.Kind) -> Bool { kind == .text || kind == .blob }
}
