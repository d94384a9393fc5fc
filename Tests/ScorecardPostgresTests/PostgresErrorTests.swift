import Foundation
import ScorecardPostgres
import ScorecardSQL
import ScorecardTestSupport
import Testing

/// Every failure a user can meet becomes the right ``DatabaseError`` kind, never showing the password.
@Suite struct PostgresErrorTests {
    /// The error `body` throws, which must be a DatabaseError.
    private func failure(_ body: () throws -> Void) -> DatabaseError? {
        #expect(throws: DatabaseError.self) { try body() }
    }

    @Test func nothingListeningIsCannotConnect() throws {
        let server = try PostgresTestServer.shared()
        let url = server.url(database: "postgres", port: try FreePort.find())
        let error = failure { _ = try PostgresDatabase(url: url) }
        #expect(error?.kind == .cannotConnect)
        #expect(error?.description.contains("Connection refused") == true)
        #expect(error?.description.contains(server.password) == false)
    }

    @Test func aWrongPasswordIsAuthentication() throws {
        let server = try PostgresTestServer.shared()
        let secret = "not-the-password-\(UUID().uuidString.prefix(6))"
        let error = failure { _ = try PostgresDatabase(url: server.url(database: "postgres", password: secret)) }
        #expect(error?.kind == .authentication)
        #expect(error?.description.contains("password authentication failed") == true)
        #expect(error?.description.contains(secret) == false && error?.database.contains(secret) == false)
    }

    @Test func noPasswordAnywhereIsAuthentication() throws {
        let server = try PostgresTestServer.shared()
        let url = server.url(database: "postgres") + "?passfile=/nonexistent"
        let withoutPassword = url.replacingOccurrences(of: ":" + server.password + "@", with: "@")
        let error = failure { _ = try PostgresDatabase(url: withoutPassword) }
        #expect(error?.kind == .authentication)
    }

    @Test func aMissingDatabaseIsNotFound() throws {
        let server = try PostgresTestServer.shared()
        let error = failure { _ = try PostgresDatabase(url: server.url(database: "no_such_crm")) }
        #expect(error?.kind == .notFound)
        #expect(error?.description.contains("no_such_crm") == true)
    }

    @Test func requiringTLSFromAServerWithoutItSaysTLS() throws {
        let server = try PostgresTestServer.shared()
        let error = failure { _ = try PostgresDatabase(url: server.url(database: "postgres") + "?sslmode=require") }
        #expect(error?.kind == .cannotConnect)
        #expect(error?.message.contains("TLS") == true)
    }

    @Test func aTableTheRoleMayNotReadIsPermissionDeniedNamingIt() throws {
        let role = "clerk_" + UUID().uuidString.prefix(8).lowercased()
        let fixture = try PostgresFixture(
            """
            CREATE TABLE salaries (amount numeric); CREATE TABLE orders (id int);
            CREATE ROLE \(role) LOGIN PASSWORD 'clerk-pw'; GRANT SELECT ON orders TO \(role);
            """)
        let database = try PostgresDatabase(
            url: fixture.server.url(database: fixture.name, user: role, password: "clerk-pw"))
        #expect(try database.values("SELECT count(*) FROM orders") == [.integer(0)])
        let error = failure {
            _ = try database.readSnapshot { try database.query("SELECT sum(amount) FROM salaries").next() }
        }
        #expect(error?.kind == .permissionDenied)
        #expect(error?.description.contains("salaries") == true)
        // The catalogue still lists the table, so validation passes and the query names it.
        #expect(try database.tables().contains { $0.name == "salaries" })
    }

    @Test func aStatementRunningPastTheTimeoutIsTimeout() throws {
        let database = try PostgresFixture().connect(statementTimeout: 200)
        let started = Date()
        let error = failure { _ = try database.readSnapshot { try database.query("SELECT pg_sleep(5)").next() } }
        #expect(error?.kind == .timeout)
        #expect(error?.sql == "SELECT pg_sleep(5)")
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(try database.values("SELECT 1") == [.integer(1)])
    }

    @Test func aBackendTerminatedMidRunIsConnectionLost() throws {
        let fixture = try PostgresFixture()
        let database = try fixture.connect()
        let error = failure {
            try database.readSnapshot {
                let pid = try database.values("SELECT pg_backend_pid()")
                guard case .integer(let backend)? = pid.first else { return }
                try fixture.execute("SELECT pg_terminate_backend(\(backend))")
                _ = try database.query("SELECT 1").next()
            }
        }
        #expect(error?.kind == .connectionLost)
        #expect(error?.description.contains(fixture.server.password) == false)
    }

    @Test func aSyntaxErrorIsAQueryErrorShowingTheSQL() throws {
        let database = try PostgresFixture().connect()
        let error = failure { _ = try database.query("SELEC 1").next() }
        #expect(error?.kind == .query && error?.sql == "SELEC 1")
        #expect(error?.description.contains("syntax error") == true)
    }

    @Test func anUnknownTimeZoneIsRefusedWhenConnecting() throws {
        let fixture = try PostgresFixture()
        let error = failure { _ = try fixture.connect(timeZone: "Mars/Olympus_Mons") }
        #expect(error?.kind == .query && error?.description.contains("Mars/Olympus_Mons") == true)
    }

    @Test func messagesNeverShowThePassword() throws {
        let fixture = try PostgresFixture()
        let database = try fixture.connect()
        #expect(database.displayName == "postgresql://postgres@127.0.0.1:\(fixture.server.port)/\(fixture.name)")
        let error = failure { _ = try database.query("SELECT $1::int", [.text(fixture.server.password)]).next() }
        #expect(error?.description.contains(fixture.server.password) == false)
    }
}
