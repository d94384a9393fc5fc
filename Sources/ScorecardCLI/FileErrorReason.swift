import Foundation

/// Why a file or folder could not be written, in words a user can act on.
///
/// Foundation's own descriptions leak internals ("NSCocoaErrorDomain error 512", "A file with
/// the same name already exists" for a dangling link); this looks at the path itself and at the
/// operating system's error underneath.
enum FileErrorReason {
    /// The reason `path` could not be created or written, e.g. "'out' is a file, not a folder".
    static func describe(_ error: Error, path: String) -> String {
        if let blocking = fileInTheWay(of: path) {
            return "'\(blocking)' is a file, not a folder; remove it or choose another folder"
        }
        if let (link, destination) = danglingLink(at: path) {
            return
                "'\(link)' is a symbolic link to '\(destination)', which does not exist; remove the link or make it point at a folder"
        }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain,
            [NSFileNoSuchFileError, NSFileReadNoSuchFileError].contains(nsError.code)
        {
            return "no such file or folder"
        }
        if let code = posixCode(of: error) {
            return String(cString: strerror(code)).lowercased()
        }
        return error.localizedDescription
    }

    /// The reason a system call on `path` failed with `code` (an `errno` value).
    static func describe(posix code: Int32, path: String) -> String {
        describe(NSError(domain: NSPOSIXErrorDomain, code: Int(code)), path: path)
    }

    /// The first existing component of `path` (or a parent) that is not a folder, if any.
    private static func fileInTheWay(of path: String) -> String? {
        var prefix = URL(fileURLWithPath: path).standardizedFileURL
        var candidates: [String] = []
        while prefix.path != "/" {
            candidates.append(prefix.path)
            prefix = prefix.deletingLastPathComponent()
        }
        for candidate in candidates.reversed() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return nil }
            if !isFolder.boolValue { return candidate == path ? nil : candidate }
        }
        return nil
    }

    /// A symbolic link at `path` whose destination does not exist, with that destination.
    private static func danglingLink(at path: String) -> (String, String)? {
        guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
            !FileManager.default.fileExists(atPath: path)
        else { return nil }
        return (path, destination)
    }

    /// The POSIX error code inside a Foundation error, if any.
    private static func posixCode(of error: Error) -> Int32? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return Int32(underlying.code)
        }
        return nil
    }
}
