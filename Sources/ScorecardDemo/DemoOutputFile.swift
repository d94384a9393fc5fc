import Foundation

/// The temporary file beside the output and the atomic rename into place.
enum DemoOutputFile {
    /// A fresh temporary path in the output's folder; checks that the folder exists and the output is not a folder.
    static func temporaryPath(beside path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DemoDatabaseError.output(path: path, reason: "the folder \(folder) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DemoDatabaseError.output(path: path, reason: "it is a folder")
        }
        let name =
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp"
        let temporary = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw DemoDatabaseError.output(path: path, reason: "cannot create a file in \(folder)")
        }
        return temporary
    }

    /// Renames `temporary` over `path` (atomic on one file system).
    static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw DemoDatabaseError.output(path: path, reason: reason)
        }
    }

    /// Removes the temporary file and any journal beside it, ignoring errors.
    static func remove(_ temporary: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: temporary + suffix)
        }
    }
}
