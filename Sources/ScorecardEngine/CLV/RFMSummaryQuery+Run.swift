import ScorecardLanguage
import ScorecardSQL
import ScorecardStats

/// Running the RFM query against a database, streaming one customer at a time.
extension RFMSummaryQuery {
    /// Checks that the table and the three columns exist (case-insensitively).
    ///
    /// - Throws: ``CLVInputError/missingTable(table:suggestion:)`` or
    ///   ``CLVInputError/missingColumn(column:table:suggestion:columns:)`` with a "did you mean".
    public func validate(in database: any SQLDatabase) throws {
        let tables = try database.tables()
        let names = tables.map(\.name)
        guard let actual = tables.first(where: { $0.name.lowercased() == table.lowercased() }) else {
            throw CLVInputError.missingTable(table: table, suggestion: Suggestion.closest(to: table, among: names))
        }
        let columns = actual.columns.map(\.name)
        for column in [customerColumn, timestampColumn, amountColumn]
        where !columns.contains(where: { $0.lowercased() == column.lowercased() }) {
            throw CLVInputError.missingColumn(
                column: column, table: actual.name,
                suggestion: Suggestion.closest(to: column, among: columns), columns: columns)
        }
    }

    /// Validates the schema, then runs the query and hands each customer to `body` as it is read.
    ///
    /// Rows are streamed, never collected; run it inside ``any SQLDatabase/readTransaction(_:)`` for
    /// a consistent snapshot. Returns the number of customers.
    ///
    /// ```swift
    /// try db.readSnapshot { try query.forEachCustomer(in: db) { print($0.id, $0.summary.x) } }
    /// ```
    /// `announce`, if given, learns the number of customers before the first is handed over.
    @discardableResult
    public func forEachCustomer(
        in database: any SQLDatabase, announcing announce: ((Int) -> Void)? = nil, _ body: (CustomerRFM) throws -> Void
    ) throws -> Int {
        try validate(in: database)
        let statement = try database.query(select())
        var count = 0
        while try statement.next() {
            if count == 0 { announce?(Int(statement.integer(7))) }
            let id = statement.text(0) ?? ""
            let firstDay = statement.text(1) ?? ""
            let lastDay = statement.text(2) ?? ""
            for day in [firstDay, lastDay] where !isValidDay(day) {
                throw CLVInputError.invalidTimestamp(customer: id, value: day, column: timestampColumn)
            }
            let x = statement.real(3)
            let summary = CustomerSummary(
                x: x, tx: statement.real(4), T: statement.real(5),
                meanSpend: statement.isNull(6) ? nil : statement.real(6))
            try body(CustomerRFM(id: id, summary: summary, firstDay: firstDay, lastDay: lastDay))
            count += 1
        }
        return count
    }

    /// Every customer's summary, in one array (convenient for tests and small tables).
    public func customers(in database: any SQLDatabase) throws -> [CustomerRFM] {
        var result: [CustomerRFM] = []
        try forEachCustomer(in: database, announcing: { result.reserveCapacity($0) }, { result.append($0) })
        return result
    }
}
