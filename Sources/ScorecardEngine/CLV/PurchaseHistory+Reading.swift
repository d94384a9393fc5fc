import ScorecardSQL

/// Reading a ``PurchaseHistory`` from the rows of ``ScorecardSQL/QueryPlanner/purchaseHistory(_:dimensions:firstDay:endDay:)``.
extension PurchaseHistory {
    /// Runs the select (columns customer, day `YYYY-MM-DD`, amount, then one per dimension, in time
    /// order) and collects its rows. Rows with a NULL customer or day are skipped; NULL amounts count as 0.
    ///
    /// - Throws: ``CLVInputError/invalidTimestamp(customer:value:column:)`` (naming `timeColumn`) for a
    ///   day that is not a valid `YYYY-MM-DD` date, or a ``DatabaseError``.
    static func read(
        _ select: SQLSelect, dimensions: [String], firstDay: Int, endDay: Int, timeColumn: String,
        in database: any SQLDatabase
    ) throws -> PurchaseHistory {
        let statement = try database.query(select)
        var rows = PurchaseRows(dimensionCount: dimensions.count, timeColumn: timeColumn)
        while try statement.next() { try rows.add(statement) }
        return rows.history(dimensions: dimensions, firstDay: firstDay, endDay: endDay)
    }
}
