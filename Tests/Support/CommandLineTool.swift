import Foundation

/// Runs a program to completion and returns its standard output; a non-zero exit throws with
/// its standard error.
///
/// Spawned with `posix_spawn` and reaped with `waitpid`, its output going to files: a program
/// that leaves a daemon behind (`pg_ctl start`) can neither hold a pipe open nor be missed.
public enum CommandLineTool {
    /// A program's failure: the command and what it wrote to standard error.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `executable` with `arguments` in `directory` (the current one when nil).
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> String {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        let (outputPath, errorPath) = (outputs.path + ".out", outputs.path + ".err")
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        let pid = try spawn(executable, arguments, in: directory, output: outputPath, errors: errorPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let command = ([executable] + arguments).joined(separator: " ")
            let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw Failure(description: "`\(command)` failed (wait status \(status)): \(errors)\(output)")
        }
        return output
    }

    /// Starts a program detached from this one (its own session, output discarded) and leaves it running.
    public static func startDetached(_ executable: String, _ arguments: [String]) throws {
        _ = try spawn("/usr/bin/setsid", [executable] + arguments, in: nil, output: "/dev/null", errors: "/dev/null")
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], in directory: String?, output: String, errors: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // `env -C` changes the directory (glibc's posix_spawn_file_actions_addchdir_np is not exported to Swift).
        let command = directory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard result == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }
}
