import ScorecardPostgres
import ScorecardSQL
import ScorecardTestSupport

/// A fresh database on the shared test server, with helpers to fill it and to connect.
struct PostgresFixture {
    let server: PostgresTestServer
    let name: String

    /// Creates an empty database, after running `setup` SQL in it when given.
    init(_ setup: String? = nil) throws {
        server = try PostgresTestServer.shared()
        name = try server.createDatabase()
        if let setup { try server.execute(setup, in: name) }
    }

    var url: String { server.url(database: name) }

    /// Runs SQL as the superuser (outside any connection under test) and returns psql's output.
    @discardableResult
    func execute(_ sql: String) throws -> String { try server.execute(sql, in: name) }

    /// Connects as the superuser.
    func connect(timeZone: String = "UTC", statementTimeout: Int? = nil) throws -> PostgresDatabase {
        try PostgresDatabase(url: url, timeZone: timeZone, statementTimeout: statementTimeout)
    }
}

extension SQLDatabase {
    /// Runs SQL text with bound values.
    func query(_ text: String, _ bindings: [SQLValue] = []) throws -> any SQLRows {
        try query(RenderedSQL(text: text, bindings: bindings))
    }

    /// The first column of every row, as values.
    func values(_ text: String, _ bindings: [SQLValue] = []) throws -> [SQLValue] {
        let rows = try query(text, bindings)
        var values: [SQLValue] = []
        while try rows.next() { values.append(rows.value(0)) }
        return values
    }
}
