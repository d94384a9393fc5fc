import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive `flock(2)` on `<out>/.scorecard.lock`, held for a whole `run`: a second run
/// into the same folder waits until the first has finished, after saying so on standard error.
///
/// The kernel drops the lock when the process ends, however it ends, so a killed run never
/// leaves the folder locked. The lock file holds the holder's process id, for the message.
///
/// ```swift
/// let lock = try OutputLock.acquire(in: URL(fileURLWithPath: "reports"))
/// defer { lock.release() }
/// ```
final class OutputLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// The lock file's name inside the output folder.
    static let fileName = ".scorecard.lock"

    /// Takes the lock, waiting (with one line on standard error) while another run holds it.
    static func acquire(in folder: URL) throws -> OutputLock {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.environment(
                "error: cannot create \(folder.path): \(FileErrorReason.describe(error, path: folder.path))")
        }
        let path = folder.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure.environment(
                "error: cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { throw failure(path, descriptor) }
            let holder =
                (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                ?? ""
            let who = holder.isEmpty ? "another scorecard run" : "another scorecard run (process \(holder))"
            FileHandle.standardError.write(
                Data("waiting: \(who) is writing into \(folder.path); this run starts when it has finished\n".utf8))
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { throw failure(path, descriptor) }
            }
        }
        let pid = Data("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return OutputLock(descriptor: descriptor)
    }

    /// Releases the lock (closing the file releases it too).
    func release() {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }

    private static func failure(_ path: String, _ descriptor: Int32) -> CommandFailure {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        return CommandFailure.environment("error: cannot lock \(path): \(reason)")
    }
}
