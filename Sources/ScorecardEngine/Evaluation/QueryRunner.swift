import ScorecardSQL

/// Runs planned queries on SQLite and files their rows into measure tables.
struct QueryRunner {
    let database: SQLiteDatabase
    let dialect = SQLiteDialect()

    /// Runs an ungrouped query, recording a cell for every measure in every window with rows.
    func run(_ query: PlannedQuery, into table: inout MeasureTable) throws {
        try forEachRow(of: query) { statement in
            let window = Int(statement.int64(at: 0))
            for measure in query.measures {
                table.set(read(measure, from: statement), measure: measure.name, window: window)
            }
        }
    }

    /// Runs a row scan, collecting its keys and values by month.
    func run(_ query: SourceRowsQuery) throws -> SourceRows {
        try SourceRows(query: query, rows: try prepared(query.select))
    }

    /// Runs a grouped query, filing each row's groups under its window id.
    func run(_ query: PlannedQuery, into tables: inout [Int: BreakdownTable]) throws {
        try forEachRow(of: query) { statement in
            let window = Int(statement.int64(at: 0))
            let key = statement.isNull(at: 1) ? "(none)" : (statement.string(at: 1) ?? "(none)")
            let size = statement.isNull(at: 2) ? Int.max : Int(statement.int64(at: 2))
            for measure in query.measures {
                let value: Double? = if case .value(let number) = read(measure, from: statement) { number } else { nil }
                tables[window, default: BreakdownTable()].set(
                    .init(value: value, size: size), measure: measure.name, key: key)
            }
        }
    }

    private func forEachRow(of query: PlannedQuery, _ body: (SQLiteStatement) throws -> Void) throws {
        try forEachRow(of: query.select, body)
    }

    private func forEachRow(of select: SQLSelect, _ body: (SQLiteStatement) throws -> Void) throws {
        let statement = try prepared(select)
        while try statement.step() { try body(statement) }
    }

    /// The select rendered for SQLite, prepared, with its values bound.
    private func prepared(_ select: SQLSelect) throws -> SQLiteStatement {
        let rendered = dialect.render(select)
        let statement = try database.prepare(rendered.text)
        try statement.bind(rendered.bindings.map(\.sqlite))
        return statement
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
        case .blob(let bytes): .blob(bytes)
        }
    }
}
