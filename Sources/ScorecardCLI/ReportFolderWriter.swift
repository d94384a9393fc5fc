import Foundation

/// Writes a report folder atomically: every file goes into a hidden temporary folder beside the
/// target, which replaces the target only when all files were written.
///
/// A failed run removes its temporary folder and leaves an earlier report untouched; stale
/// temporary folders of killed runs are removed by the next run for the same period.
struct ReportFolderWriter {
    /// The folder that holds the period folders, e.g. `reports`.
    let parent: URL
    /// The period folder's name, e.g. `2026-05`.
    let name: String

    var target: URL { parent.appendingPathComponent(name, isDirectory: true) }

    /// Writes `files` (name and bytes) and swaps the folder into place; returns the written paths.
    func write(_ files: [(name: String, data: Data)]) throws -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.environment("error: cannot create \(parent.path): \(FileErrorReason.describe(error, path: parent.path))")
        }
        removeStaleFolders()
        let temporary = parent.appendingPathComponent(".\(name).partial-\(UUID().uuidString)", isDirectory: true)
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
            for file in files {
                try file.data.write(to: temporary.appendingPathComponent(file.name))
            }
            try swapIntoPlace(temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            if let failure = error as? CommandFailure { throw failure }
            throw CommandFailure.environment("error: cannot write the report into \(target.path): \(FileErrorReason.describe(error, path: target.path))")
        }
        return files.map { target.appendingPathComponent($0.name).path }
    }

    /// Moves an existing report aside, renames the new one into place and deletes the old one.
    private func swapIntoPlace(_ temporary: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            try manager.moveItem(at: temporary, to: target)
            return
        }
        let old = parent.appendingPathComponent(".\(name).old-\(UUID().uuidString)", isDirectory: true)
        try manager.moveItem(at: target, to: old)
        do {
            try manager.moveItem(at: temporary, to: target)
        } catch {
            try? manager.moveItem(at: old, to: target)
            throw error
        }
        try? manager.removeItem(at: old)
    }

    /// Removes temporary folders of killed runs; an old report moved aside by a run killed
    /// mid-swap is put back when the target is missing.
    private func removeStaleFolders() {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() where entry.hasPrefix(".\(name).partial-") || entry.hasPrefix(".\(name).old-") {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).old-"), !manager.fileExists(atPath: target.path), (try? manager.moveItem(at: url, to: target)) != nil {
                continue
            }
            try? manager.removeItem(at: url)
        }
    }
}
