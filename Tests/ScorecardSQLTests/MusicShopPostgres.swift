import Foundation
import ScorecardPostgres
import ScorecardSQL
import ScorecardSQLite
import ScorecardTestSupport

/// The music shop of ``MusicShopDatabase`` copied into a PostgreSQL database of the test server
/// (the same rows; integers as `bigint`, reals as `double precision`), opened as an evaluation
/// opens one: a read-only session, through the backend protocol.
enum MusicShopPostgres {
    /// The URL of the copy, made once per test process.
    static let url = Result { try load() }

    private static func load() throws -> String {
        let server = try PostgresTestServer.shared()
        let name = try server.createDatabase()
        let source = try MusicShopDatabase()
        var script = MusicShopDatabase.schema.components(separatedBy: "INSERT INTO")[0]
            .replacingOccurrences(of: "INTEGER PRIMARY KEY", with: "bigint PRIMARY KEY")
            .replacingOccurrences(of: "INTEGER", with: "bigint")
            .replacingOccurrences(of: "REAL", with: "double precision")
        for table in ["genres", "tracks", "customers", "invoices", "invoice_lines"] {
            script += try Self.inserts(table, from: source.database)
        }
        try server.execute(script, in: name)
        return server.url(database: name)
    }

    /// `INSERT INTO table VALUES (…), …;` with every row of the SQLite table (values written as literals: test data).
    private static func inserts(_ table: String, from database: any SQLDatabase) throws -> String {
        let width = try database.tables().first { $0.name == table }?.columns.count ?? 0
        let rows = try database.query(RenderedSQL(text: "SELECT * FROM \(table)", bindings: []))
        var values: [String] = []
        while try rows.next() {
            values.append("(" + (0..<width).map { literal(rows.value($0)) }.joined(separator: ", ") + ")")
        }
        return values.isEmpty ? "" : "INSERT INTO \(table) VALUES " + values.joined(separator: ", ") + ";\n"
    }

    private static func literal(_ value: SQLValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let integer): String(integer)
        case .real(let real): String(real)
        case .text(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob: "NULL"
        }
    }

    /// Runs a rendered statement on its own read-only connection and counts its rows.
    static func rowCount(_ rendered: RenderedSQL) throws -> Int {
        let database = try PostgresDatabase(url: url.get())
        defer { database.close() }
        return try database.readSnapshot {
            let rows = try database.query(rendered)
            var count = 0
            while try rows.next() { count += 1 }
            return count
        }
    }
}
