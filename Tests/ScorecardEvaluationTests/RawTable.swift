import Foundation
import ScorecardEngine
import ScorecardSQLite

/// One database row read with `SELECT *`, addressed by column name.
///
/// ```swift
/// let rows = try RawTable.read("orders", from: database)
/// rows[0].int("customer_id")   // Int? (nil for NULL)
/// ```
struct RawRow: Sendable {
    let values: [String: SQLiteValue]

    func int(_ column: String) -> Int? {
        switch values[column] {
        case .integer(let value)?: Int(value)
        case .real(let value)?: Int(value)
        case .text(let text)?: Int(text)
        default: nil
        }
    }

    func double(_ column: String) -> Double? {
        switch values[column] {
        case .integer(let value)?: Double(value)
        case .real(let value)?: value
        case .text(let text)?: Double(text)
        default: nil
        }
    }

    func text(_ column: String) -> String? {
        switch values[column] {
        case .text(let text)?: text
        case .integer(let value)?: String(value)
        case .real(let value)?: String(value)
        default: nil
        }
    }
}

/// Reads whole tables with a plain `SELECT * FROM table`, nothing computed in SQL.
enum RawTable {
    static func read(_ table: String, from database: SQLiteDatabase) throws -> [RawRow] {
        let statement = try database.prepare("SELECT * FROM \"\(table)\"")
        var rows: [RawRow] = []
        while try statement.step() {
            var values: [String: SQLiteValue] = [:]
            for index in 0..<statement.columnCount {
                values[statement.columnName(at: index)] = statement.value(at: index)
            }
            rows.append(RawRow(values: values))
        }
        return rows
    }

    /// Rows by their integer key column.
    static func keyed(_ table: String, key: String = "id", from database: SQLiteDatabase) throws -> [Int: RawRow] {
        var result: [Int: RawRow] = [:]
        for row in try read(table, from: database) { if let id = row.int(key) { result[id] = row } }
        return result
    }
}
