/// The demo schema in PostgreSQL's types, derived from the SQLite schema so the two never drift.
extension DemoSchema {
    /// `CREATE TABLE` statements for PostgreSQL: `INTEGER` becomes `bigint`, `REAL` becomes
    /// `numeric` (exact: money keeps its cents) and `TEXT` stays `text`, so dates and times are ISO
    /// text as in SQLite and every value reads back as it does there.
    static var postgresTables: String {
        tables.replacing(/\ (INTEGER|REAL|TEXT)\b/) { match in
            switch match.output.1 {
            case "INTEGER": " bigint"
            case "REAL": " numeric"
            default: " text"
            }
        }
    }
}
