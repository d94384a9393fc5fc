/// The demo schema in PostgreSQL's types, derived from the SQLite schema so the two never drift.
extension DemoSchema {
    /// `CREATE TABLE` statements for PostgreSQL: `INTEGER` becomes `bigint`, `REAL` becomes
    /// `numeric` (exact: money keeps its cents), and `TEXT` becomes `date` for a column named
    /// `…_on`, `timestamp` for `…_at`, `text` otherwise.
    static var postgresTables: String {
        tables.replacing(/(\w+) (INTEGER|REAL|TEXT)/) { match in
            let (column, type) = (String(match.output.1), match.output.2)
            return column + " " + postgresType(column: column, sqliteType: String(type))
        }
    }

    private static func postgresType(column: String, sqliteType: String) -> String {
        switch sqliteType {
        case "INTEGER": "bigint"
        case "REAL": "numeric"
        default: column.hasSuffix("_on") ? "date" : column.hasSuffix("_at") ? "timestamp" : "text"
        }
    }
}
