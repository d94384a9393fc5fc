import ScorecardSQL
import ScorecardSQLite

/// Chooses the database backend for a `--db` value: the one place the CLI names a backend.
///
/// ```swift
/// let database = try DatabaseOpening.open("demo/crm.sqlite")   // SQLite, read-only
/// ```
enum DatabaseOpening {
    /// Opens the database read-only for reading in a snapshot; a file path means SQLite.
    static func open(_ location: String) throws -> any SQLDatabase {
        if isURL(location) {
            throw DatabaseError(
                .cannotConnect,
                message: "cannot open database \(location): only SQLite files are supported by this build",
                database: location)
        }
        return try SQLiteDatabase.openForReading(path: location)
    }

    /// The dialect of the database a `--db` value names, without connecting (for `explain`).
    static func dialect(for location: String?) -> SQLDialect {
        SQLiteDialect()
    }

    /// True for a `scheme://…` value rather than a file path.
    static func isURL(_ location: String) -> Bool {
        guard let colon = location.range(of: "://") else { return false }
        let scheme = location[..<colon.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0 == "+" }
    }
}
