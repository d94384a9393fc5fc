import Foundation

/// Finds and reads metrics files: files given directly, and `*.kpi` files in folders (recursively).
public enum SourceLoader {
    /// Files above this size are refused with E0100 rather than read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// The files read and a diagnostic for each path that could not be read.
    public struct Result: Sendable {
        /// The files read, in path order.
        public var files: [SourceFile] = []
        /// An E0100 diagnostic for each path that could not be read.
        public var diagnostics: [Diagnostic] = []
    }

    /// Reads every metrics file under the given paths, in a stable (sorted) order.
    public static func load(paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.diagnostics.append(.noSuchFile(path))
                continue
            }
            if isDirectory.boolValue {
                let found = kpiFiles(in: path)
                if found.isEmpty { result.diagnostics.append(.noMetricsFiles(in: path)) }
                for file in found { read(file, into: &result) }
            } else {
                read(path, into: &result)
            }
        }
        return result
    }

    /// Reads one file, or records E0100.
    static func read(_ path: String, into result: inout Result) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int
        else {
            result.diagnostics.append(.attributesUnreadable(path))
            return
        }
        guard size <= maximumFileSize else {
            result.diagnostics.append(.fileTooLarge(path, bytes: size, limit: maximumFileSize))
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            result.diagnostics.append(.fileNotReadable(path))
            return
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            result.files.append(SourceFile(path: path, bytes: [UInt8](data)))
        } catch {
            result.diagnostics.append(.readFailed(path, reason: error.localizedDescription))
        }
    }

    /// The `*.kpi` files below a folder, sorted by path.
    static func kpiFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".kpi") {
                files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
            }
        }
        return files.sorted()
    }
}
