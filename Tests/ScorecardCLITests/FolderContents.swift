import Foundation

/// Every file under a folder by relative path, with its bytes.
enum FolderContents {
    static func read(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        for name in names {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
