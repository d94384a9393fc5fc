import Foundation
import ScorecardTestSupport
import Testing

/// The built binary against a real PostgreSQL server: the demo loaded with `demo-db --out
/// postgresql://…` evaluates to the same values as the same demo in SQLite, `explain` of a database it
/// cannot open fails as `eval` does, and a refused login is exit 3 with a message that keeps the password out.
@Suite struct PostgresCommandTests {
    static let demo = ["--customers", "300", "--months", "20", "--seed", "5", "--end", "2026-06"]

    @Test func evalOnPostgreSQLGivesTheValuesOfTheSameDemoInSQLite() throws {
        let server = try PostgresTestServer.shared()
        let url = server.url(database: try server.createDatabase())
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("crm.sqlite").path
        let loaded = try BinaryRunner.run(["demo-db", "--out", url] + Self.demo)
        #expect(loaded.exitCode == 0, "\(loaded.stderr)")
        #expect(try BinaryRunner.run(["demo-db", "--out", file] + Self.demo).exitCode == 0)
        let onPostgres = try BinaryRunner.run(["eval", "--db", url, "--period", "2026-06", "--format", "json"])
        let onSQLite = try BinaryRunner.run(["eval", "--db", file, "--period", "2026-06", "--format", "json"])
        #expect(onPostgres.exitCode == 0, "\(onPostgres.stderr)")
        #expect(onSQLite.exitCode == 0, "\(onSQLite.stderr)")
        let differences = try JSONTree.differences(
            json: Data(onPostgres.stdout.utf8), json: Data(onSQLite.stdout.utf8), relativeTolerance: 1e-9)
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        #expect(onPostgres.stdout.contains("\"net_revenue\""))
    }

    /// `run` publishes from a server database: the manifest names it without the password and
    /// has no file hash for it; a second run cannot tell whether its data changed.
    @Test func runPublishesFromPostgreSQL() throws {
        let server = try PostgresTestServer.shared()
        let url = server.url(database: try server.createDatabase())
        #expect(try BinaryRunner.run(["demo-db", "--out", url] + Self.demo).exitCode == 0)
        let folder = try TemporaryFolder()
        let reports = folder.url.appendingPathComponent("reports").path
        for _ in 1...2 {
            let run = try BinaryRunner.run(["run", "--db", url, "--period", "2026-06", "--out", reports])
            #expect(run.exitCode == 0, "\(run.stderr)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: reports + "/2026-06/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let database = try #require(manifest["database"] as? [String: Any])
        #expect((database["path"] as? String)?.hasPrefix("postgresql://postgres@127.0.0.1:") == true)
        #expect(database["sha256"] == nil || database["sha256"] is NSNull)
        #expect(!String(decoding: data, as: UTF8.self).contains(server.password))
        let changes = try #require(manifest["changes"] as? [String: Any])
        #expect(changes["database_changed"] == nil || changes["database_changed"] is NSNull)
        #expect(FileManager.default.fileExists(atPath: reports + "/2026-06/board-pack.pdf"))
    }

    /// `explain --db` opens the database as `eval` does: one it cannot open is the same message
    /// and exit 3 (a PostgreSQL database that does not exist, a SQLite file that does not).
    @Test(arguments: ["postgresql", "sqlite"])
    func explainOfADatabaseThatCannotBeOpenedFailsAsEvalDoes(_ kind: String) throws {
        let folder = try TemporaryFolder()
        let db =
            kind == "postgresql"
            ? try PostgresTestServer.shared().url(database: "no_such_database") : folder.path("missing.sqlite")
        let explain = try BinaryRunner.run(["explain", "net_revenue", "--period", "2026-06", "--db", db])
        let eval = try BinaryRunner.run(["eval", "--period", "2026-06", "--db", db])
        #expect(explain.exitCode == 3)
        #expect(eval.exitCode == 3)
        #expect(explain.stderr.hasPrefix("error: "), "\(explain.stderr)")
        #expect(explain.stderr == eval.stderr)
        #expect(explain.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.sqlite")), "nothing is created")
    }

    /// A TLS connection the server cannot give: `run` is exit 3 with a message saying TLS (and what
    /// to do), without the password, and writes nothing.
    @Test(arguments: ["server requires TLS", "client requires TLS"])
    func aTLSConnectionThatCannotBeMadeIsAnEnvironmentFailureAndWritesNothing(_ side: String) throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        var url = server.url(database: database)
        let expected: String
        if side == "server requires TLS" {
            try server.requireTLS(for: database)
            expected = "the server refuses this unencrypted connection (if it requires TLS, add sslmode=require)"
        } else {
            url += "?sslmode=require"
            expected =
                "TLS (sslmode) failed: connection to server at \"127.0.0.1\", port \(server.port) failed: server does not support SSL, but SSL was required"
        }
        let folder = try TemporaryFolder()
        let reports = folder.url.appendingPathComponent("reports").path
        let result = try BinaryRunner.run(["run", "--db", url, "--period", "2026-06", "--out", reports])
        #expect(result.exitCode == 3)
        #expect(result.stderr.hasPrefix("error: " + expected), "\(result.stderr)")
        #expect(!result.stderr.contains(server.password) && !result.stdout.contains(server.password))
        #expect(!FileManager.default.fileExists(atPath: reports), "nothing is written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("")).isEmpty)
    }

    @Test func aRefusedLoginIsAnEnvironmentFailureWithoutThePassword() throws {
        let server = try PostgresTestServer.shared()
        let url = server.url(database: "postgres", user: "postgres", password: "not-the-secret-7431")
        let result = try BinaryRunner.run(["eval", "--db", url, "--period", "2026-06"])
        #expect(result.exitCode == 3)
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(!result.stderr.contains("not-the-secret-7431"))
    }
}
