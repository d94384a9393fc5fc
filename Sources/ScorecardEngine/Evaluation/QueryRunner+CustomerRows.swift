import ScorecardSQL

extension QueryRunner {
    /// Runs a customer-rows query, keeping its rows for rolling up per dimension.
    func run(_ query: CustomerRowsQuery) throws -> CustomerGroupCounts {
        var counts = CustomerGroupCounts(kind: query.kind)
        let statement = try database.query(query.select)
        let keyColumns = 2..<query.baseColumn
        while try statement.next() {
            counts.add(
                .init(
                    window: Int(statement.integer(0)), customer: statement.value(1),
                    keys: keyColumns.map { statement.text($0) }, base: statement.integer(query.baseColumn) != 0,
                    count: statement.integer(query.countColumn)))
        }
        return counts
    }
}
