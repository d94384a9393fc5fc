import Foundation

/// A real PostgreSQL server for tests, started once per test process in a temporary folder and
/// removed when the process ends (even when it crashes: a watchdog process stops it).
///
/// ```swift
/// let server = try PostgresTestServer.shared()
/// let database = try server.createDatabase()
/// try server.execute("CREATE TABLE t (x int)", in: database)
/// let url = server.url(database: database)   // postgresql://postgres:…@127.0.0.1:port/database
/// ```
///
/// The server runs as the `postgres` user when the tests run as root (`initdb` refuses root),
/// listens on a free loopback port with password (SCRAM) authentication, and on a unix socket
/// in its folder with trust authentication for the setup done through `psql`.
public final class PostgresTestServer: Sendable {
    /// The superuser's name and password (for TCP connections).
    public static let superuser = "postgres"
    public let password: String
    public let port: Int
    /// The folder holding the data directory, the socket and the log.
    public let folder: String
    private let binaries: String

    /// The server shared by the test process, started on first use.
    public static func shared() throws -> PostgresTestServer { try started.get() }

    private static let started: Result<PostgresTestServer, Error> = Result {
        let server = try PostgresTestServer()
        atexit { try? PostgresTestServer.shared().stop() }
        return server
    }

    private init() throws {
        binaries = try Self.findBinaries()
        password = "pw-" + UUID().uuidString.prefix(8).lowercased()
        folder = "/tmp/scorecard-pg-" + UUID().uuidString.prefix(8).lowercased()
        port = try FreePort.find()
        try prepareFolder()
        do {
            try initialise()
            try start()
            try watch()
        } catch {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: folder)
            throw CommandLineTool.Failure(description: "\(error)\nserver log:\n\(log)")
        }
    }

    /// A URL for a database over TCP; the superuser's by default.
    public func url(database: String, user: String = superuser, password: String? = nil, port: Int? = nil) -> String {
        let secret = password ?? (user == Self.superuser ? self.password : "")
        let userInfo = secret.isEmpty ? user : "\(user):\(secret)"
        return "postgresql://\(userInfo)@127.0.0.1:\(port ?? self.port)/\(database)"
    }

    /// Creates an empty database with a fresh name and returns the name.
    public func createDatabase() throws -> String {
        let name = "test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try execute("CREATE DATABASE \(name)", in: "postgres")
        return name
    }

    /// Runs SQL as the superuser through `psql` over the unix socket (autocommit, stops at the
    /// first error) and returns its unaligned output.
    @discardableResult
    public func execute(_ sql: String, in database: String) throws -> String {
        try CommandLineTool.run(
            binaries + "/psql",
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port),
                "-U", Self.superuser, "-d", database, "-c", sql,
            ])
    }

    /// Makes a database reachable over TCP only with TLS, as a server requiring TLS does
    /// (`hostssl` in `pg_hba.conf`, and a `reject` for a plain connection): this server has no
    /// `ssl = on`, so every TCP connection to the database is refused. Other databases are not
    /// affected. Returns once the server has reloaded the rules (a plain `psql` login is refused).
    public func requireTLS(for database: String) throws {
        let path = folder + "/data/pg_hba.conf"
        let rules = "hostssl \(database) all 127.0.0.1/32 scram-sha-256\nhost \(database) all 127.0.0.1/32 reject\n"
        let current = try String(contentsOfFile: path, encoding: .utf8)
        try (rules + current).write(toFile: path, atomically: false, encoding: .utf8)
        try execute("SELECT pg_reload_conf()", in: "postgres")
        let plain = url(database: database) + "?sslmode=disable"
        for _ in 0..<50 {
            do {
                try CommandLineTool.run(binaries + "/psql", ["-X", "-q", "-d", plain, "-c", "SELECT 1"])
            } catch {
                return
            }
            usleep(100_000)
        }
        throw CommandLineTool.Failure(description: "the server did not take the TLS rule for \(database)")
    }

    /// Stops the server and removes its folder.
    public func stop() {
        _ = try? runAsServerUser("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: Starting

    private static func findBinaries() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let candidates = versions.compactMap(Int.init).sorted(by: >).map { "\(root)/\($0)/bin" }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") })
        else {
            throw CommandLineTool.Failure(
                description: "PostgreSQL server binaries not found in \(root)/<version>/bin: "
                    + "run `make deps` to install the postgresql package")
        }
        return found
    }

    private var runsAsRoot: Bool { getuid() == 0 }

    private func prepareFolder() throws {
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        try password.write(toFile: folder + "/password", atomically: false, encoding: .utf8)
        if runsAsRoot { try CommandLineTool.run("/bin/chown", ["-R", "postgres:postgres", folder]) }
    }

    private func initialise() throws {
        try runAsServerUser(
            "initdb",
            [
                "-D", folder + "/data", "-U", Self.superuser, "--pwfile=" + folder + "/password",
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync",
            ])
    }

    private func start() throws {
        let options = [
            "-p \(port)", "-k \(folder)", "-c listen_addresses=127.0.0.1", "-c fsync=off",
            "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=60",
        ].joined(separator: " ")
        try runAsServerUser(
            "pg_ctl", ["-D", folder + "/data", "-l", folder + "/server.log", "-o", options, "-w", "start"])
    }

    /// A detached shell that stops the server and removes its folder once this process is gone.
    private func watch() throws {
        let stop =
            (runsAsRoot ? "/usr/sbin/runuser -u postgres -- " : "")
            + "\(binaries)/pg_ctl -D \(folder)/data -m immediate stop"
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop); rm -rf \(folder)"
        try CommandLineTool.startDetached("/bin/sh", ["-c", script])
    }

    @discardableResult
    private func runAsServerUser(_ program: String, _ arguments: [String]) throws -> String {
        if runsAsRoot {
            return try CommandLineTool.run(
                "/usr/sbin/runuser", ["-u", "postgres", "--", binaries + "/" + program] + arguments, in: folder)
        }
        return try CommandLineTool.run(binaries + "/" + program, arguments)
    }
}
