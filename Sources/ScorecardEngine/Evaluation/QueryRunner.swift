import ScorecardSQL

/// Runs planned queries on SQLite and files their rows into measure tables.
struct QueryRunner {
    let database: SQLiteDatabase
    let dialect = SQLiteDialect()

    /// Runs an ungrouped query, recording a cell for every measure in every window with rows.
    func run(_ query: PlannedQuery, into table: inout MeasureTable) throws {
        try forEachRow(of: query) { statement in
            let window = Int(statement.int64(at: 0))
            if let presence = query.presenceColumn, statement.int64(at: presence) == 0 { return }
            for measure in query.measures {
                table.set(read(measure, from: statement), measure: measure.name, window: window)
            }
        }
    }

    /// Runs a month-grouped query, filing each month's components.
    func run(_ query: MonthlyQuery, into table: inout MonthlyTable) throws {
        try forEachRow(of: query.select) { statement in
            guard let month = statement.string(at: 0) else { return }
            let row = (0..<statement.columnCount).map { statement.isNull(at: $0) ? nil : statement.double(at: $0) }
            table.add(month: month, row: row, query: query)
        }
    }

    /// Runs a customer-activity query.
    func run(_ query: CustomerActivityQuery) throws -> CustomerActivity {
        var activity = CustomerActivity()
        try forEachRow(of: query.select) { statement in
            guard let customer = statement.string(at: 0), let month = statement.string(at: 1) else { return }
            activity.add(customer: customer, month: month, rows: Int(statement.int64(at: 2)))
        }
        activity.finish()
        return activity
    }

    /// Runs a distinct-values query.
    func run(_ query: DistinctValuesQuery) throws -> DistinctValues {
        var values = DistinctValues()
        try forEachRow(of: query.select) { statement in
            guard let month = statement.string(at: 0) else { return }
            values.add(month: month, value: statement.isNull(at: 1) ? nil : statement.string(at: 1))
        }
        return values
    }

    /// Runs a grouped query, filing each row's groups under its window id.
    func run(_ query: PlannedQuery, into tables: inout [Int: BreakdownTable]) throws {
        try forEachRow(of: query) { statement in
            let window = Int(statement.int64(at: 0))
            let key = statement.isNull(at: 1) ? "(none)" : (statement.string(at: 1) ?? "(none)")
            let size = statement.isNull(at: 2) ? Int.max : Int(statement.int64(at: 2))
            for measure in query.measures {
                let value: Double? = if case .value(let number) = read(measure, from: statement) { number } else { nil }
                tables[window, default: BreakdownTable()].set(.init(value: value, size: size), measure: measure.name, key: key)
            }
        }
    }

    private func forEachRow(of query: PlannedQuery, _ body: (SQLiteStatement) throws -> Void) throws {
        try forEachRow(of: query.select, body)
    }

    private func forEachRow(of select: SQLSelect, _ body: (SQLiteStatement) throws -> Void) throws {
        let rendered = dialect.render(select)
        let statement = try database.prepare(rendered.text)
        try statement.bind(rendered.bindings.map(\.sqlite))
        while try statement.step() { try body(statement) }
    }

    private func read(_ measure: PlannedMeasure, from statement: SQLiteStatement) -> MeasureTable.Cell {
        switch measure.reading {
        case .scaled(let column, let divisor):
            guard !statement.isNull(at: column) else { return .empty }
            return .value(statement.double(at: column) / divisor)
        case .kept(let keptColumn, let baseColumn, let complement):
            let base = statement.double(at: baseColumn)
            guard base > 0 else { return .empty }
            let share = statement.double(at: keptColumn) / base
            return .value(complement ? 1 - share : share)
        }
    }
}

extension SQLValue {
    /// The same value for the SQLite wrapper.
    var sqlite: SQLiteValue {
        switch self {
        case .null: .null
        case .integer(let value): .integer(value)
        case .real(let value): .real(value)
        case .text(let value): .text(value)
        }
    }
}
