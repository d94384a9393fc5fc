import CSQLite
import Foundation

/// How a read-only connection opens a database file so that reading leaves nothing behind and
/// works on read-only storage.
///
/// A database in rollback-journal mode is simply opened with `SQLITE_OPEN_READONLY`, which
/// creates no file. A database in WAL mode is different: every connection needs the `-wal` and
/// `-shm` files beside it, and SQLite creates them on first read.
///
/// - In a folder we can write to, the connection opens read-write with `PRAGMA query_only`, so
///   nothing can change the data, and SQLite's own rule applies: the last connection to close
///   removes `-wal` and `-shm` (it checks with an exclusive lock that no other program uses
///   them). A read-only connection cannot do that and would leave both files behind.
/// - On read-only storage (a read-only mount, a folder we cannot write to) the files cannot be
///   created. If there is no `-wal` file, every committed transaction is in the database file
///   and no program can change it there, so the file is opened with the `immutable=1` URI
///   parameter, which reads it without the `-shm` index and without locks. If a `-wal` file
///   with data exists, SQLite's read-only WAL rules need the `-shm` file too: when it exists
///   the plain read-only open works; when it does not, the database cannot be read correctly
///   (the changes in `-wal` would be missed) and the error says what to do.
enum ReadOnlyOpening: Equatable {
    case readOnly
    case queryOnly
    case immutable
    case unreadable(String)

    /// How to open `path`, an existing file.
    static func choose(for path: String) -> ReadOnlyOpening {
        guard isWAL(path) else { return .readOnly }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if access(folder, W_OK) == 0 { return .queryOnly }
        let manager = FileManager.default
        let walSize = (try? manager.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        if walSize == 0 { return .immutable }
        if manager.fileExists(atPath: path + "-shm") { return .readOnly }
        return .unreadable(
            "the database is in WAL mode with changes in \(path)-wal that are not in the database file yet, "
                + "and its folder is read-only, so SQLite cannot create \(path)-shm to read them; checkpoint the database where it is "
                + "written (PRAGMA wal_checkpoint(TRUNCATE)) or copy the database with its -wal file to writable storage"
        )
    }

    /// The file name (or URI) and flags to pass to `sqlite3_open_v2`.
    func arguments(for path: String) -> (name: String, flags: Int32) {
        switch self {
        case .queryOnly: (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX)
        case .immutable:
            (
                "file:" + Self.uriEscaped(path) + "?immutable=1",
                SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
            )
        case .readOnly, .unreadable: (path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX)
        }
    }

    /// True when the file's header says WAL mode (bytes 18 and 19 are 2).
    private static func isWAL(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 20), header.count == 20 else { return false }
        return header[18] == 2 && header[19] == 2
    }

    /// A path as the path part of a `file:` URI: `%`, `?` and `#` escaped.
    private static func uriEscaped(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
