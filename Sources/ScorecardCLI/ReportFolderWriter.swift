import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a report folder and switches it into place in one atomic step, keeping what was there
/// as an edition.
///
/// Every file goes into a hidden temporary folder beside the target, `.<period>.partial-<uuid>`.
/// When the target already exists, its files are hard-linked into the temporary folder as
/// `editions/<n>/` (next to the editions it kept already), so nothing published is ever lost.
/// Every file is flushed to disk, then one `renameat2(RENAME_EXCHANGE)` swaps the two folders,
/// the output folder is flushed and the old one is deleted.
/// A run killed at any point leaves either the old or the new folder in place; its temporary
/// folder is removed by the next run into the same output folder, whatever its period (the
/// caller holds ``OutputLock``, so no other run can own such a folder).
///
/// ```
/// reports/2026-10/board-pack.pdf …           the latest edition
/// reports/2026-10/editions/1/board-pack.pdf …  the first, byte for byte as published
/// ```
struct ReportFolderWriter {
    /// The folder that holds the period folders, e.g. `reports`.
    let parent: URL
    /// The period folder's name, e.g. `2026-05`.
    let name: String

    var target: URL { parent.appendingPathComponent(name, isDirectory: true) }

    /// The folder of kept editions inside a report folder.
    static let editionsFolder = "editions"

    /// The manifest of the report in place, if there is one and it can be read.
    func currentManifest() -> RunManifest? {
        guard let data = try? Data(contentsOf: target.appendingPathComponent("manifest.json")) else { return nil }
        return try? RunManifest.decode(data)
    }

    /// The edition number the report in place has (1 for reports written before editions), or nil when there is none.
    func currentEdition() -> Int? {
        guard FileManager.default.fileExists(atPath: target.path) else { return nil }
        return currentManifest()?.edition ?? 1
    }

    /// Writes `files` (name and bytes) and switches the folder into place; returns the written paths.
    func write(_ files: [(name: String, data: Data)]) throws -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.environment(
                "error: cannot create \(parent.path): \(FileErrorReason.describe(error, path: parent.path))")
        }
        Self.removeLeftovers(in: parent)
        let temporary = parent.appendingPathComponent(".\(name).partial-\(UUID().uuidString)", isDirectory: true)
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
            for file in files {
                try file.data.write(to: temporary.appendingPathComponent(file.name))
                try Self.flush(temporary.appendingPathComponent(file.name))
            }
            if let edition = currentEdition() {
                try keepEditions(of: target, previous: edition, in: temporary)
                try FolderSwitch.exchange(temporary, with: target)
            } else {
                try FolderSwitch.move(temporary, toNew: target)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            if let failure = error as? CommandFailure { throw failure }
            throw CommandFailure.environment(
                "error: cannot write the report into \(target.path): \(FileErrorReason.describe(error, path: target.path))"
            )
        }
        try? Self.flush(parent)
        // After the exchange the temporary name holds the old folder; its editions live on in the new one.
        try? manager.removeItem(at: temporary)
        return files.map { target.appendingPathComponent($0.name).path }
    }

    /// `fsync(2)` of a file or folder, so a power cut after the switch cannot leave empty files in place.
    private static func flush(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// Hard-links the old folder's editions and its own files (as edition `previous`) into `folder/editions/`.
    private func keepEditions(of old: URL, previous: Int, in folder: URL) throws {
        let manager = FileManager.default
        let editions = folder.appendingPathComponent(Self.editionsFolder, isDirectory: true)
        try manager.createDirectory(at: editions, withIntermediateDirectories: false)
        let oldEditions = old.appendingPathComponent(Self.editionsFolder, isDirectory: true)
        for entry in (try? manager.contentsOfDirectory(atPath: oldEditions.path)) ?? [] {
            try Self.link(oldEditions.appendingPathComponent(entry), to: editions.appendingPathComponent(entry))
        }
        var number = previous
        while manager.fileExists(atPath: editions.appendingPathComponent(String(number)).path) { number += 1 }
        let kept = editions.appendingPathComponent(String(number), isDirectory: true)
        try manager.createDirectory(at: kept, withIntermediateDirectories: false)
        for entry in try manager.contentsOfDirectory(atPath: old.path) where entry != Self.editionsFolder {
            try Self.link(old.appendingPathComponent(entry), to: kept.appendingPathComponent(entry))
        }
    }

    /// Hard-links a file, or a folder's files recursively, so the bytes stay exactly those published.
    private static func link(_ source: URL, to destination: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: false)
            for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) {
                try link(source.appendingPathComponent(entry), to: destination.appendingPathComponent(entry))
            }
        } else if Glibc.link(source.path, destination.path) != 0 {
            try FileManager.default.copyItem(at: source, to: destination)  // a file system without hard links
        }
    }

    /// Removes temporary folders of killed runs for any period (`.<period>.partial-…`, and
    /// `.<period>.old-…` of older versions, put back first when its period folder is missing).
    static func removeLeftovers(in parent: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() where entry.hasPrefix(".") {
            let url = parent.appendingPathComponent(entry)
            if let range = entry.range(of: ".old-") {
                let period = parent.appendingPathComponent(
                    String(entry[entry.index(after: entry.startIndex)..<range.lowerBound]))
                if !manager.fileExists(atPath: period.path), (try? manager.moveItem(at: url, to: period)) != nil {
                    continue
                }
                try? manager.removeItem(at: url)
            } else if entry.contains(".partial-") {
                try? manager.removeItem(at: url)
            }
        }
    }
}
