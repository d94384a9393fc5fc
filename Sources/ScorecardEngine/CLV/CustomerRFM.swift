import ScorecardStats

/// One customer's RFM summary as computed by ``RFMSummaryQuery``.
///
/// ```swift
/// CustomerRFM(id: "C-1042", summary: CustomerSummary(x: 3, tx: 20, T: 52, meanSpend: 41.5),
///             firstDay: "2025-01-06", lastDay: "2025-05-26")
/// ```
public struct CustomerRFM: Sendable, Hashable {
    /// The customer column's value as text.
    public var id: String
    /// x, t_x and T in the query's unit, and the mean spend of the repeat purchase days (nil when x = 0).
    public var summary: CustomerSummary
    /// The first purchase day (`YYYY-MM-DD` for ISO timestamps, day numbers since 1970 for unix seconds).
    public var firstDay: String
    /// The last purchase day on or before the calibration end, written like ``firstDay``.
    public var lastDay: String

    /// A customer's summary as read from one row of the RFM query.
    public init(id: String, summary: CustomerSummary, firstDay: String, lastDay: String) {
        self.id = id
        self.summary = summary
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}
