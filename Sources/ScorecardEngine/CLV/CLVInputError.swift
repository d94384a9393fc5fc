/// Why an RFM summary could not be computed from the given table: a user's input problem.
///
/// ```swift
/// CLVInputError.missingColumn(column: "ordered_on", table: "orders", suggestion: "ordered_at").description
/// // "table 'orders' has no column 'ordered_on'; did you mean 'ordered_at'? (columns: id, ordered_at, ...)"
/// ```
public enum CLVInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database has no such table or view.
    case missingTable(table: String, suggestion: String?)
    /// The table has no such column; `columns` lists what it has.
    case missingColumn(column: String, table: String, suggestion: String?, columns: [String])
    /// The calibration end is not a valid `YYYY-MM-DD` date.
    case invalidCalibrationEnd(String)
    /// A customer's first or last purchase timestamp is not ISO text.
    case invalidTimestamp(customer: String, value: String, column: String)
    /// No transactions on or before the calibration end.
    case noTransactions(table: String, calibrationEnd: String)

    /// A one-line message naming the table, column or value at fault, with a suggestion where one is known.
    public var description: String {
        switch self {
        case .missingTable(let table, let suggestion):
            "the database has no table '\(table)'" + Self.hint(suggestion)
        case .missingColumn(let column, let table, let suggestion, let columns):
            "table '\(table)' has no column '\(column)'" + Self.hint(suggestion)
                + " (columns: \(columns.prefix(12).joined(separator: ", "))\(columns.count > 12 ? ", ..." : ""))"
        case .invalidCalibrationEnd(let text):
            "the calibration end '\(text)' is not a date of the form YYYY-MM-DD"
        case .invalidTimestamp(let customer, let value, let column):
            "customer '\(customer)': '\(value)' in column '\(column)' is not an ISO date (YYYY-MM-DD[ HH:MM:SS]); "
                + "use --timestamp-format unix for seconds since 1970"
        case .noTransactions(let table, let calibrationEnd):
            "table '\(table)' has no transactions on or before \(calibrationEnd)"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
