import ScorecardSQL

/// The SQL that turns a transactions table into one RFM row per customer.
///
/// It is a ``ScorecardSQL/PurchaseSummaryQuery`` (which shows the SQL) over a table, with the
/// calibration end as a date and the timestamp format and unit of the `clv` command.
///
/// Transactions on the same day are merged into one purchase (amounts summed), transactions
/// after the calibration end are ignored, and for each customer (times in `unit`):
/// x = purchase days − 1, t_x = last purchase day − first, T = calibration end − first purchase day,
/// mean spend = the mean amount of the repeat purchase days (the first day excluded; NULL when x = 0).
/// Days are UTC calendar days. Rows with a NULL customer or timestamp are skipped; NULL amounts count as 0.
///
/// ```swift
/// let query = try RFMSummaryQuery(table: "orders", customer: "customer_id", timestamp: "ordered_at",
///                                 amount: "net_amount", calibrationEnd: "2025-12-31", unit: .week)
/// database.dialect.render(query.select())
/// ```
public struct RFMSummaryQuery: Sendable, Hashable {
    /// The transactions table or view.
    public let table: String
    /// The column identifying the customer; rows where it is NULL are skipped.
    public let customerColumn: String
    /// The column holding each transaction's time, in ``timestampFormat``; rows where it is NULL are skipped.
    public let timestampColumn: String
    /// The column holding each transaction's amount, summed per day; NULL counts as 0.
    public let amountColumn: String
    /// The last day of the calibration period (inclusive), `YYYY-MM-DD`.
    public let calibrationEnd: String
    /// The unit t_x and T are measured in: days, weeks or months (365.25 / 12 days).
    public let unit: RFMTimeUnit
    /// How ``timestampColumn`` stores times: ISO text or unix seconds.
    public let timestampFormat: RFMTimestampFormat
    /// The calibration end as days since 1970-01-01.
    let calibrationEndDay: Int
    /// Creates the query; throws ``CLVInputError/invalidCalibrationEnd(_:)`` for a malformed date.
    public init(
        table: String, customer: String, timestamp: String, amount: String, calibrationEnd: String,
        unit: RFMTimeUnit = .week, timestampFormat: RFMTimestampFormat = .iso
    ) throws(CLVInputError) {
        guard let day = Self.dayNumber(calibrationEnd) else { throw .invalidCalibrationEnd(calibrationEnd) }
        self.table = table
        self.customerColumn = customer
        self.timestampColumn = timestamp
        self.amountColumn = amount
        self.calibrationEnd = calibrationEnd
        self.unit = unit
        self.timestampFormat = timestampFormat
        self.calibrationEndDay = day
    }

    /// The statement: one row per customer with the columns customer, first_day, last_day, x, t_x, T, mean_spend.
    public func select() -> SQLSelect {
        let format: SQLTimeFormat = timestampFormat == .iso ? .iso : .unix
        return PurchaseSummaryQuery(
            table: table, customer: customerColumn, time: timestampColumn, amount: amountColumn, format: format,
            calibrationEndDay: calibrationEndDay, unitDays: unit.days
        ).select()
    }
}
