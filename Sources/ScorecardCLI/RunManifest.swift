import Foundation
import ScorecardEngine

/// `manifest.json`: what a report was made from (period, tool version, SHA-256 of every metrics
/// file and of the database file, the data's snapshot time), the SHA-256 of every file written,
/// which edition of the period it is and what changed against the edition before.
struct RunManifest: Codable {
    /// A file and its SHA-256; a database on a server has no file to hash (nil).
    struct HashedFile: Codable, Equatable {
        let path: String
        let sha256: String?
    }

    /// The database a run read: a file (hashed) or a server, named without its password.
    enum DatabaseSource {
        case file(String)
        case server(String)
    }

    let period: String
    let tool: String
    let toolVersion: String
    let snapshot: String
    let database: HashedFile
    let metrics: [HashedFile]
    let files: [HashedFile]
    /// 1 for the first publication of the period; nil in manifests written before editions.
    var edition: Int?
    /// What differs from the previous edition; nil for the first.
    var changes: EditionChanges?
    /// True when published with `--allow-incomplete` although some source did not cover the period.
    var provisional: Bool?
    /// Rows left out because a value could not be used (`bad_rows skip`); nil in older manifests.
    var badRows: [BadRows]?
    /// The period's commentary file as read (before the run records values in it); nil without one.
    var commentary: HashedFile?

    enum CodingKeys: String, CodingKey {
        case period, tool, snapshot, database, metrics, files, edition, changes, provisional, commentary
        case badRows = "bad_rows"
        case toolVersion = "tool_version"
    }

    init(
        period: String, toolVersion: String, snapshot: String, database: DatabaseSource, metrics: String,
        files: [(name: String, data: Data)]
    ) throws {
        self.period = period
        tool = "scorecard"
        self.toolVersion = toolVersion
        self.snapshot = snapshot
        switch database {
        case .file(let path): self.database = HashedFile(path: path, sha256: try SHA256.hex(fileAt: path))
        case .server(let name): self.database = HashedFile(path: name, sha256: nil)
        }
        self.metrics = try Self.metricsFiles(metrics).map { HashedFile(path: $0, sha256: try SHA256.hex(fileAt: $0)) }
        self.files = files.map { HashedFile(path: $0.name, sha256: SHA256.hex($0.data)) }
    }

    /// Pretty JSON with sorted keys and a final line break.
    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a manifest written by `jsonData()`.
    static func decode(_ data: Data) throws -> RunManifest {
        try JSONDecoder().decode(RunManifest.self, from: data)
    }

    /// Every regular file under the metrics folder (or the file itself), sorted.
    static func metricsFiles(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter { file in
            var directory: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &directory) && !directory.boolValue
                && !(file as NSString).lastPathComponent.hasPrefix(".")
        }
    }
}
