import ScorecardSQL

/// What one row scan of a source collected: the months with rows, the per-month aggregates of
/// the component columns, the keys of each key column and the values of each value column by month.
struct SourceRows {
    /// Months (indices) in which the source has rows, whether or not they match a measure's filter.
    private(set) var monthsWithRows: Set<Int> = []
    private(set) var components: MonthlyComponents
    /// The keys of each of the query's key columns, in the query's order.
    private(set) var keys: [KeyedMonths]
    /// The values of each of the query's value columns, in the query's order.
    private(set) var values: [MonthValues]
    /// The rows failing each of the query's checks, in the query's order; such rows are left out.
    private(set) var badRows: [BadRows]

    /// Reads every row of the scan from a prepared statement.
    init(query: SourceRowsQuery, rows statement: any SQLRows) throws {
        components = MonthlyComponents(columns: query.components)
        keys = Array(repeating: KeyedMonths(), count: query.keys.count)
        values = Array(repeating: MonthValues(), count: query.values.count)
        // One tally per checked column, then the time check's (rows without a month key).
        let checks = query.checks.map(\.check) + (query.timeCheck.map { [$0] } ?? [])
        badRows = checks.map { BadRows(source: $0.source, column: $0.column, problem: $0.problem.rawValue) }
        // Plain column positions: the loop below runs once per row.
        let keyColumns = query.keys.map(\.column)
        let valueColumns = query.values.map(\.column)
        let checkColumns = query.checks.map { (column: $0.column, problem: $0.check.problem) }
        var lastMonth: Int?
        while try statement.next() {
            guard !failsChecks(statement, checkColumns, keyColumn: query.keyColumn) else { continue }
            guard let month = statement.monthIndex(at: 0) else {
                if query.timeCheck != nil {
                    badRows[checkColumns.count].add(key: query.keyColumn.flatMap { statement.text($0) })
                }
                continue
            }
            if month != lastMonth { monthsWithRows.insert(month) }
            lastMonth = month
            components.add(row: statement, month: month)
            for (position, column) in keyColumns.enumerated() {
                keys[position].add(Self.key(statement, column), month: month)
            }
            for (position, column) in valueColumns.enumerated() {
                if let value = try Self.number(statement, column, query.values[position]) {
                    values[position].add(value, month: month)
                }
            }
        }
        for position in keys.indices { keys[position].finish() }
    }

    /// Counts the row under every check it fails; true when it fails any.
    private mutating func failsChecks(
        _ statement: any SQLRows, _ columns: [(column: Int, problem: RowCheck.Problem)],
        keyColumn: Int?
    ) -> Bool {
        var failed = false
        for (position, check) in columns.enumerated() where Self.fails(statement, check.column, check.problem) {
            badRows[position].add(key: keyColumn.flatMap { statement.text($0) })
            failed = true
        }
        return failed
    }

    /// Whether a stored value fails a check, by the rules of the check's SQL (`RowCheck`): text
    /// must read as a number (SQL's numeric conversion), a blob never does; a money amount must
    /// be below `RowCheck.largestAmount` in magnitude. NULL passes.
    private static func fails(_ statement: any SQLRows, _ column: Int, _ problem: RowCheck.Problem) -> Bool {
        let number: Double
        switch statement.kind(column) {
        case .null: return false
        case .integer: number = Double(statement.integer(column))
        case .real: number = statement.real(column)
        case .blob: return problem == .notANumber
        case .text:
            switch statement.value(column).numeric {
            case .integer(let value): number = Double(value)
            case .real(let value): number = value
            default: return problem == .notANumber
            }
        }
        return problem == .tooLarge && abs(number) >= RowCheck.largestAmount
    }

    /// Whether the source has rows in any month of the window.
    func hasRows(in window: ClosedRange<Int>) -> Bool { window.contains { monthsWithRows.contains($0) } }

    /// A key column's value; a real number as SQLite's own text for it, as `CAST(key AS TEXT)` gives.
    private static func key(_ statement: any SQLRows, _ column: Int) -> SQLValue {
        switch statement.kind(column) {
        case .null: .null
        case .integer: .integer(statement.integer(column))
        case .real: .text(statement.text(column) ?? "")
        case .text, .blob: statement.value(column)
        }
    }

    /// A value column as a number (NULL gives nil), like SQL's numeric conversion of text.
    private static func number(_ statement: any SQLRows, _ position: Int, _ column: SourceRowsQuery.ValueColumn)
        throws -> Double?
    {
        switch statement.kind(position) {
        case .null: return nil
        case .integer: return Double(statement.integer(position))
        case .real: return statement.real(position)
        case .text, .blob: break
        }
        switch statement.value(position).numeric {
        case .null: return nil
        case .integer(let value): return Double(value)
        case .real(let value): return value
        case .text(let text):
            throw EvaluationError.notANumber(measure: column.measure, location: column.location, value: text)
        case .blob:
            throw EvaluationError.notANumber(measure: column.measure, location: column.location, value: "a blob")
        }
    }
}
