/// The demo schema in PostgreSQL's types, derived from the SQLite schema so the two never drift.
extension DemoSchema {
    /// `CREATE TABLE` statements for PostgreSQL, without foreign keys (``postgresForeignKeys``
    /// adds them after the load): `INTEGER` becomes `bigint`, `REAL` becomes `numeric` (exact:
    /// money keeps its cents) and `TEXT` stays `text`, so dates and times are ISO text as in
    /// SQLite and every value reads back as it does there.
    static var postgresTables: String {
        tables.replacing(/\ REFERENCES \w+ \(id\)/, with: "").replacing(/\ (INTEGER|REAL|TEXT)\b/) { match in
            switch match.output.1 {
            case "INTEGER": " bigint"
            case "REAL": " numeric"
            default: " text"
            }
        }
    }

    /// The SQLite schema's foreign keys as `ALTER TABLE … ADD FOREIGN KEY` statements: checked
    /// in one pass each after the bulk load, instead of row by row during it.
    static var postgresForeignKeys: String {
        tables.matches(of: /CREATE TABLE (\w+) \(([^;]*)\);/).flatMap { table in
            table.output.2.matches(of: /(\w+) INTEGER REFERENCES (\w+) \(id\)/).map { key in
                "ALTER TABLE \(table.output.1) ADD FOREIGN KEY (\(key.output.1)) REFERENCES \(key.output.2) (id);"
            }
        }.joined(separator: "\n")
    }
}
