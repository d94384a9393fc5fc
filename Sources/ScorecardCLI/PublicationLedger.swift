import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The ledger beside the report folders (`<out>/ledger.jsonl`): one JSON line per published
/// run (``LedgerEntry``), appended once the report is in place and never rewritten.
///
/// Later runs read it to find restatements. A line that cannot be read (a run killed while
/// appending) is skipped with a warning; the lines around it stay valid.
struct PublicationLedger {
    let url: URL

    init(folder: URL) { url = folder.appendingPathComponent("ledger.jsonl") }

    /// Every readable entry in the order published, and a warning per unreadable line.
    func entries() -> (entries: [LedgerEntry], warnings: [String]) {
        guard let data = try? Data(contentsOf: url) else { return ([], []) }
        var entries: [LedgerEntry] = []
        var warnings: [String] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            if let entry = try? decoder.decode(LedgerEntry.self, from: Data(line)) {
                entries.append(entry)
            } else {
                warnings.append("warning: \(url.path):\(index + 1): not a ledger entry, skipped")
            }
        }
        return (entries, warnings)
    }

    /// Appends one entry as a single line with one `write(2)` and flushes it to disk.
    func append(_ entry: LedgerEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        // A line cut short by an earlier kill must not swallow this one: start on a fresh line.
        if let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size > 0,
            let handle = FileHandle(forReadingAtPath: url.path)
        {
            try? handle.seek(toOffset: UInt64(size - 1))
            if handle.readData(ofLength: 1) != Data([0x0A]) { line.insert(0x0A, at: 0) }
            try? handle.close()
        }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(descriptor) == 0 else { throw failure() }
    }

    private func failure() -> CommandFailure {
        CommandFailure.environment(
            "error: the report was published, but the ledger \(url.path) could not be appended to: "
                + "\(String(cString: strerror(errno))); the next run will not list restatements against it")
    }
}
