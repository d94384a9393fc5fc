import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Puts a finished folder in place with one `renameat2(2)` call: exchanged with the folder it
/// replaces (`RENAME_EXCHANGE`), or renamed to a name that must not exist yet (`RENAME_NOREPLACE`).
///
/// Glibc (2.28 and later) has `renameat2` but its Swift module does not show it (it is declared
/// for `_GNU_SOURCE` only), so the function is looked up by name once.
///
/// ```swift
/// try FolderSwitch.exchange(new, with: target)   // target now holds new's files, new the old ones
/// ```
enum FolderSwitch {
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_NOREPLACE` and `RENAME_EXCHANGE` from <linux/fs.h>.
    private static let noReplace: UInt32 = 1 << 0
    private static let exchangeFlag: UInt32 = 1 << 1

    private static let renameAt2: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Swaps two existing folders atomically.
    static func exchange(_ first: URL, with second: URL) throws {
        try call(first, second, flags: exchangeFlag)
    }

    /// Renames a folder to a name that must be free, atomically.
    static func move(_ source: URL, toNew destination: URL) throws {
        try call(source, destination, flags: noReplace)
    }

    private static func call(_ from: URL, _ to: URL, flags: UInt32) throws {
        guard let renameAt2 else {
            throw CommandFailure.environment(
                "error: this system's C library has no renameat2, which the atomic report switch needs")
        }
        guard renameAt2(AT_FDCWD, from.path, AT_FDCWD, to.path, flags) == 0 else {
            let reason = FileErrorReason.describe(posix: errno, path: to.path)
            throw CommandFailure.environment("error: cannot put the report in place at \(to.path): \(reason)")
        }
    }
}
