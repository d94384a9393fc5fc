import Foundation
import ScorecardDemo
import ScorecardEngine
import ScorecardSQLite
import ScorecardTestSupport

/// Small demo databases generated once per test run, plus helpers to query them.
enum DemoFixture {
    /// The shared database: 800 customers over 13 months ending 2025-12.
    static let options = DemoDatabaseOptions(customers: 800, months: 13, seed: 7, end: DemoMonth(year: 2025, month: 12))

    /// The shared database's path (generated on first use).
    static let shared: Result<String, any Error> = Result { try generate(options, name: "shared") }

    /// A fresh folder for one test's files.
    static func folder() throws -> URL { try RunFolder.make("scorecard-demo-tests") }

    /// Generates a database for `options` in a fresh folder and returns its path.
    static func generate(_ options: DemoDatabaseOptions, name: String) throws -> String {
        let path = try folder().appendingPathComponent("\(name).db").path
        _ = try DemoDatabaseGenerator(options: options).write(to: path)
        return path
    }

    /// A read-only connection to the shared database.
    static func open() throws -> SQLiteDatabase {
        try SQLiteDatabase(path: shared.get(), mode: .readOnly)
    }
}

extension SQLiteDatabase {
    /// The first column of the first row of `sql` as a double (NULL reads as 0).
    func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> Double {
        let statement = try prepare(sql)
        try statement.bind(values)
        guard try statement.step() else { return 0 }
        return statement.double(at: 0)
    }

    /// The first column of the first row of `sql` as text (nil when NULL or no row).
    func text(_ sql: String) throws -> String? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.string(at: 0)
    }

    /// A 64-bit FNV-1a hash of every row of `table`, ordered by id.
    func contentHash(of table: String) throws -> UInt64 {
        let statement = try prepare("SELECT * FROM \(table) ORDER BY id")
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        while try statement.step() {
            for byte in statement.row().description.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}
