/// Why an RFM summary could not be computed from the given table: a user's input problem.
///
/// ```swift
/// CLVInputError.missingColumn(column: "ordered_on", table: "orders", suggestion: "ordered_at", columns: ["id", "ordered_at"])
///     .description
/// // "scorecard clv: table 'orders' has no column 'ordered_on'; did you mean 'ordered_at'?; columns: id, ordered_at"
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

    /// The diagnostic's message and help on one line (``diagnostics``, in the E04xx catalogue).
    public var description: String {
        diagnostics.map { diagnostic in diagnostic.message + (diagnostic.help.map { "; \($0)" } ?? "") }
            .joined(separator: "\n")
    }
}
