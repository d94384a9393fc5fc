import ScorecardStats

/// The customers who bought in one calibration window, in the order of their ids, with their
/// RFM summaries and (for breakdowns) their groups.
///
/// The summaries are made from each customer's purchase days when read (``CustomerSummaries``).
struct CLVSample: Sendable {
    /// Each customer's x, t_x, T and mean repeat spend.
    let summaries: CustomerSummaries
    /// Groups of the customers by dimension name, for the dimensions read with the summaries.
    let groups: [String: CustomerGroups]
}

/// Each customer's value of one dimension on their latest purchase, in the order of a sample's customers.
///
/// ```swift
/// let groups = CustomerGroups(indices: [0, -1, 0], names: ["North"])
/// groups.name(of: 1)   // "(none)"
/// ```
struct CustomerGroups: Sendable {
    /// Per customer, the index of their value in ``names``, or −1 for NULL.
    let indices: [Int32]
    /// The distinct values.
    let names: [String]

    /// The group name of the customer at a position, `(none)` for NULL.
    func name(of customer: Int) -> String {
        let index = indices[customer]
        return index < 0 ? "(none)" : names[Int(index)]
    }
}
