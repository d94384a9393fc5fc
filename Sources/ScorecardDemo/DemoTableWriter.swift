import ScorecardResults
import ScorecardSQLite

/// Inserts rows into the demo tables through prepared statements reused for every row, or
/// streams them into PostgreSQL (``DemoPostgresTables``).
///
/// Money arrives in integer cents and is stored as `cents / 100.0` (REAL with two decimals).
final class DemoTableWriter {
    private let database: SQLiteDatabase?
    private let postgres: DemoPostgresTables?
    private var statements: [String: SQLiteStatement] = [:]
    /// Rows inserted per table.
    private(set) var rowCounts: [String: Int] = [:]

    /// A writer on `database`, whose tables already exist.
    init(database: SQLiteDatabase) {
        self.database = database
        postgres = nil
    }

    /// A writer streaming every table into PostgreSQL.
    init(postgres: DemoPostgresTables) {
        database = nil
        self.postgres = postgres
    }

    /// Inserts one row into `table`; `values` are in the table's column order, id first.
    func insert(_ table: String, _ values: [SQLiteValue]) throws {
        if let postgres {
            try postgres.append(table, values)
        } else {
            try statement(table, columnCount: values.count).run(values)
        }
        rowCounts[table, default: 0] += 1
    }

    /// Money in cents as a SQLite real with two decimals.
    static func money(_ cents: Int) -> SQLiteValue {
        .real(Double(cents) / 100)
    }

    /// An optional integer: NULL when nil.
    static func optional(_ value: Int?) -> SQLiteValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    /// An integer value.
    static func int(_ value: Int) -> SQLiteValue {
        .integer(Int64(value))
    }

    /// 1 for true, 0 for false.
    static func flag(_ value: Bool) -> SQLiteValue {
        .integer(value ? 1 : 0)
    }

    private func statement(_ table: String, columnCount: Int) throws -> SQLiteStatement {
        if let statement = statements[table] { return statement }
        let placeholders = Array(repeating: "?", count: columnCount).joined(separator: ", ")
        guard let database else { preconditionFailure("a SQLite statement for a PostgreSQL writer") }
        let statement = try database.prepare("INSERT INTO \(table) VALUES (\(placeholders))")
        statements[table] = statement
        return statement
    }
}
