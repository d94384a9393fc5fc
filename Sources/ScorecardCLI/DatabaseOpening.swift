import ScorecardPostgres
import ScorecardSQL
import ScorecardSQLite

/// Chooses the database backend for a `--db` value: the one place the CLI names a backend.
///
/// ```swift
/// let crm = try DatabaseOpening.open("demo/crm.sqlite")                      // SQLite, read-only
/// let warehouse = try DatabaseOpening.open("postgresql://finance@db/crm")    // PostgreSQL, read-only session
/// ```
enum DatabaseOpening {
    /// Opens the database read-only for reading in a snapshot: a `postgresql://` or `postgres://`
    /// URL is PostgreSQL (with a statement timeout in seconds, if given), anything else a SQLite file.
    static func open(_ location: String, statementTimeout: Int? = nil) throws -> any SQLDatabase {
        if PostgresDatabase.handles(location) {
            return try PostgresDatabase(url: location, statementTimeout: statementTimeout.map { $0 * 1000 })
        }
        if isURL(location) {
            throw DatabaseError(
                .cannotConnect,
                message: "cannot open database \(location): only postgresql:// URLs and SQLite files are supported",
                database: location)
        }
        return try SQLiteDatabase.openForReading(path: location)
    }

    /// The dialect `explain` prints without a database: SQLite's, the default database's.
    static var defaultDialect: SQLDialect { SQLiteDialect() }

    /// True for a `scheme://…` value rather than a file path.
    static func isURL(_ location: String) -> Bool {
        guard let colon = location.range(of: "://") else { return false }
        let scheme = location[..<colon.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0 == "+" }
    }
}
