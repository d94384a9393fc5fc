import CCairo
import Foundation

/// SHA-256 of files and bytes, for the manifest's input hashes: GLib's `GChecksum`, already
/// linked through Pango, rather than a hand-written implementation.
///
/// ```swift
/// SHA256.hex(Data("abc".utf8))   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
enum SHA256 {
    /// The lowercase hex digest of `data`.
    static func hex(_ data: Data) -> String {
        digest { checksum in update(checksum, with: data) }
    }

    /// The lowercase hex digest of a file, read in chunks.
    static func hex(fileAt path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure.environment("error: cannot read \(path) to hash it")
        }
        defer { try? handle.close() }
        var failure: (any Error)?
        let result = digest { checksum in
            do {
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { update(checksum, with: chunk) }
            } catch {
                failure = error
            }
        }
        if let failure {
            throw CommandFailure.environment("error: cannot read \(path) to hash it: \(failure.localizedDescription)")
        }
        return result
    }

    /// A new SHA-256 checksum, fed by `feed`, as lowercase hex.
    private static func digest(_ feed: (OpaquePointer) -> Void) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { preconditionFailure("GLib has no SHA-256") }
        defer { g_checksum_free(checksum) }
        feed(checksum)
        return String(cString: g_checksum_get_string(checksum))
    }

    private static func update(_ checksum: OpaquePointer, with data: Data) {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.bindMemory(to: UInt8.self).baseAddress else { return }
            g_checksum_update(checksum, base, bytes.count)
        }
    }
}
