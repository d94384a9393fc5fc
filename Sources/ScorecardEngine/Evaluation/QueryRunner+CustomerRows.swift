import ScorecardSQL

extension QueryRunner {
    /// Runs a customer-rows query, keeping its rows for rolling up per dimension.
    func run(_ query: CustomerRowsQuery) throws -> CustomerGroupCounts {
        var counts = CustomerGroupCounts(kind: query.kind)
        let rendered = dialect.render(query.select)
        let statement = try database.prepare(rendered.text)
        try statement.bind(rendered.bindings.map(\.sqlite))
        let keyColumns = 2..<query.baseColumn
        while try statement.step() {
            counts.add(
                .init(
                    window: Int(statement.int64(at: 0)), customer: statement.value(at: 1),
                    keys: keyColumns.map { statement.string(at: $0) }, base: statement.int64(at: query.baseColumn) != 0,
                    count: statement.int64(at: query.countColumn)))
        }
        return counts
    }
}
