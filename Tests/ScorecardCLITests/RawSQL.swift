import Foundation
import ScorecardEngine
import ScorecardSQLite

/// Hand-written SQL against a test database: the independent side of the tests' comparisons.
enum RawSQL {
    /// The first column of the first row as text ("" when NULL).
    static func text(_ path: String, _ sql: String) throws -> String {
        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        defer { database.close() }
        let statement = try database.prepare(sql)
        guard try statement.step() else { return "" }
        return statement.string(at: 0) ?? ""
    }

    /// The first column of the first row as a number.
    static func number(_ path: String, _ sql: String) throws -> Double {
        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        defer { database.close() }
        let statement = try database.prepare(sql)
        guard try statement.step() else { return .nan }
        return statement.double(at: 0)
    }

    /// Runs statements that change the database.
    static func execute(_ path: String, _ sql: String) throws {
        let database = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        defer { database.close() }
        try database.execute(sql)
    }
}
