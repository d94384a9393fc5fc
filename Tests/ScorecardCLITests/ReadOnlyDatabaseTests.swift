import Foundation
import ScorecardEngine
import ScorecardSQLite
import Testing

/// End-to-end: a WAL-mode database is read without leaving `-wal`/`-shm` files beside it, and on
/// read-only storage (a read-only tmpfs in a private mount namespace) it is read or refused with a
/// reason, never "unable to open database file".
@Suite struct ReadOnlyDatabaseTests {
    /// A copy of a small demo database switched to WAL mode.
    static func walDatabase(in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("crm.db").path
        let made = try BinaryRunner.run([
            "demo-db", "--out", path, "--customers", "120", "--months", "13", "--end", "2026-06",
        ])
        #expect(made.exitCode == 0, "\(made.stderr)")
        let db = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        try db.execute("PRAGMA journal_mode = WAL")
        db.close()
        return path
    }

    /// June 2026 net revenue from the rows, as the shipped `net_revenue` KPI defines it.
    static func juneRevenue(_ path: String) throws -> Double {
        let db = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        let statement = try db.prepare(
            """
            SELECT total(net_amount) FROM orders
            WHERE ordered_at >= '2026-06-01' AND ordered_at < '2026-07-01' AND status = 'completed'
            """)
        _ = try statement.step()
        return statement.double(at: 0)
    }

    static func evalArguments(_ db: String) -> [String] {
        ["eval", "--db", db, "--period", "2026-06", "--format", "csv", "--kpi", "net_revenue"]
    }

    /// The value column of the one-KPI CSV.
    static func value(_ csv: String) -> Double? {
        csv.split(separator: "\r\n").last.flatMap { Double($0.split(separator: ",")[6]) }
    }

    @Test func readingAWALDatabaseLeavesNoFilesBehind() throws {
        let folder = try TemporaryFolder()
        let db = try Self.walDatabase(in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["crm.db"])
        let result = try BinaryRunner.run(Self.evalArguments(db))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let revenue = try #require(Self.value(result.stdout))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["crm.db"])
        #expect(abs(revenue - (try Self.juneRevenue(db))) < 0.005)
    }

    /// True when this machine lets us mount a tmpfs in a private user and mount namespace.
    static let canMount: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = [
            "-rm", "sh", "-c", "mkdir -p /tmp/scorecard-mount-probe && mount -t tmpfs tmpfs /tmp/scorecard-mount-probe",
        ]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Copies `files` onto a tmpfs, remounts it read-only and runs `eval` there; prints the
    /// exit code, the output and the files on the mount.
    static func evalOnReadOnlyStorage(_ files: [String], in folder: TemporaryFolder) throws -> BinaryRunner.Result {
        let mount = folder.url.appendingPathComponent("ro").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let copies = files.map { "cp '\($0)' '\(mount)/'" }.joined(separator: " && ")
        let arguments = evalArguments("\(mount)/crm.db").map { "'\($0)'" }.joined(separator: " ")
        let script = """
            mount -t tmpfs tmpfs '\(mount)' && \(copies) && mount -o remount,ro '\(mount)' && \
            { '\(BinaryRunner.executable.path)' \(arguments); echo "exit=$?"; ls '\(mount)'; }
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rm", "sh", "-c", script]
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return BinaryRunner.Result(exitCode: process.terminationStatus, stdout: output, stderr: errors)
    }

    @Test(.enabled(if: canMount, "needs unshare and mount in a user namespace"))
    func aWALDatabaseOnReadOnlyStorageIsRead() throws {
        let folder = try TemporaryFolder()
        let db = try Self.walDatabase(in: folder)
        let result = try Self.evalOnReadOnlyStorage([db], in: folder)
        #expect(result.stdout.contains("exit=0"), "\(result.stdout) \(result.stderr)")
        let revenue = try #require(Self.value(result.stdout.components(separatedBy: "exit=")[0]))
        #expect(abs(revenue - (try Self.juneRevenue(db))) < 0.005)
        #expect(result.stdout.hasSuffix("exit=0\ncrm.db\n"), "files left: \(result.stdout)")
    }

    @Test(.enabled(if: canMount, "needs unshare and mount in a user namespace"))
    func uncheckpointedChangesOnReadOnlyStorageAreRefusedWithAReason() throws {
        let folder = try TemporaryFolder()
        let db = try Self.walDatabase(in: folder)
        // A writer with changes still in -wal (no checkpoint), copied while it is open.
        let writer = try SQLiteDatabase(path: db, mode: .readWriteCreate)
        try writer.execute(
            "PRAGMA wal_autocheckpoint = 0; UPDATE orders SET net_amount = net_amount + 1 WHERE ordered_at >= '2026-06-01'"
        )
        let result = try Self.evalOnReadOnlyStorage([db, db + "-wal"], in: folder)
        writer.close()
        #expect(result.stdout.contains("exit=3"), "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("the database is in WAL mode with changes in"), "\(result.stderr)")
        #expect(result.stderr.contains("PRAGMA wal_checkpoint(TRUNCATE)"))
    }
}
