import ScorecardLanguage
import ScorecardSQL
import ScorecardStats

/// Running the RFM query against SQLite, streaming one customer at a time.
extension RFMSummaryQuery {
    /// Checks that the table and the three columns exist (case-insensitively).
    ///
    /// - Throws: ``CLVInputError/missingTable(table:suggestion:)`` or
    ///   ``CLVInputError/missingColumn(column:table:suggestion:columns:)`` with a "did you mean".
    public func validate(in database: SQLiteDatabase) throws {
        let tables = try database.tableNames()
        guard let actual = tables.first(where: { $0.lowercased() == table.lowercased() }) else {
            throw CLVInputError.missingTable(table: table, suggestion: Suggestion.closest(to: table, among: tables))
        }
        let columns = try database.tableColumns(actual)
        for column in [customerColumn, timestampColumn, amountColumn]
        where !columns.contains(where: { $0.lowercased() == column.lowercased() }) {
            throw CLVInputError.missingColumn(
                column: column, table: actual,
                suggestion: Suggestion.closest(to: column, among: columns), columns: columns)
        }
    }

    /// Validates the schema, then runs the query and hands each customer to `body` as it is read.
    ///
    /// Rows are streamed, never collected; run it inside ``SQLiteDatabase/readTransaction(_:)`` for
    /// a consistent snapshot. Returns the number of customers.
    ///
    /// ```swift
    /// try db.readTransaction { try query.forEachCustomer(in: db) { print($0.id, $0.summary.x) } }
    /// ```
    @discardableResult
    public func forEachCustomer(in database: SQLiteDatabase, _ body: (CustomerRFM) throws -> Void) throws -> Int {
        if rows == nil { try validate(in: database) }  // rows of a source were validated with the metrics
        let rendered = SQLiteDialect().render(select())
        let statement = try database.prepare(rendered.text)
        try statement.bind(rendered.bindings.map(\.sqlite))
        var count = 0
        while try statement.step() {
            let id = statement.string(at: 0) ?? ""
            let firstDay = statement.string(at: 1) ?? ""
            let lastDay = statement.string(at: 2) ?? ""
            for day in [firstDay, lastDay] where !isValidDay(day) {
                throw CLVInputError.invalidTimestamp(customer: id, value: day, column: timestampColumn)
            }
            let x = statement.double(at: 3)
            let summary = CustomerSummary(
                x: x, tx: statement.double(at: 4), T: statement.double(at: 5),
                meanSpend: statement.isNull(at: 6) ? nil : statement.double(at: 6))
            try body(CustomerRFM(id: id, summary: summary, firstDay: firstDay, lastDay: lastDay))
            count += 1
        }
        return count
    }

    /// Every customer's summary, in one array (convenient for tests and small tables).
    public func customers(in database: SQLiteDatabase) throws -> [CustomerRFM] {
        var result: [CustomerRFM] = []
        try forEachCustomer(in: database) { result.append($0) }
        return result
    }
}
