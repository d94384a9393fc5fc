/// What a new edition of a period's report changes against the edition it replaces, in `manifest.json`:
///
/// ```json
/// "changes": {"previous_edition": 1, "previous_path": "editions/1", "database_changed": true,
///             "metrics_changed": [], "files_changed": ["board-pack.pdf", "values.csv", "values.json"], "restated_values": 2}
/// ```
struct EditionChanges: Codable, Equatable {
    let previousEdition: Int
    /// The previous edition's folder, relative to the report folder.
    let previousPath: String
    /// Whether the database file's hash differs; nil for a database on a server (no file to hash).
    let databaseChanged: Bool?
    /// Metrics files added, removed or changed.
    let metricsChanged: [String]
    /// Report files whose bytes differ (the manifest itself aside).
    let filesChanged: [String]
    /// How many values of this period's windows differ from the previous edition's.
    let restatedValues: Int

    enum CodingKeys: String, CodingKey {
        case previousEdition = "previous_edition"
        case previousPath = "previous_path"
        case databaseChanged = "database_changed"
        case metricsChanged = "metrics_changed"
        case filesChanged = "files_changed"
        case restatedValues = "restated_values"
    }

    /// The changes from `previous` (at edition number `edition`) to `current`.
    init(from previous: RunManifest, edition: Int, to current: RunManifest, restatedValues: Int) {
        previousEdition = edition
        previousPath = "\(ReportFolderWriter.editionsFolder)/\(edition)"
        // A server database has no file hash: whether its data changed cannot be told (nil).
        databaseChanged =
            previous.database.sha256 == nil || current.database.sha256 == nil
            ? nil : previous.database.sha256 != current.database.sha256
        metricsChanged = Self.differing(previous.metrics, current.metrics)
        filesChanged = Self.differing(previous.files, current.files).filter { $0 != "manifest.json" }
        self.restatedValues = restatedValues
    }

    /// Paths present in one list only or with different hashes, sorted.
    static func differing(_ old: [RunManifest.HashedFile], _ new: [RunManifest.HashedFile]) -> [String] {
        let before = Dictionary(old.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }
}
