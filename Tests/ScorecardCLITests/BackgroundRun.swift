import Foundation

/// The built `scorecard` binary running in the background, its output collected until it ends.
final class BackgroundRun: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe(), errors = Pipe()
    private var outData = Data(), errData = Data()
    private let group = DispatchGroup()

    init(_ arguments: [String], executable: URL = BinaryRunner.executable) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = BinaryRunner.packageRoot
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        for (pipe, isError) in [(output, false), (errors, true)] {
            group.enter()
            Thread { [self] in
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                if isError { errData = data } else { outData = data }
                group.leave()
            }.start()
        }
    }

    var isRunning: Bool { process.isRunning }

    /// Waits for the end and returns the exit code and output.
    func finish() -> BinaryRunner.Result {
        group.wait()
        process.waitUntilExit()
        return BinaryRunner.Result(
            exitCode: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension BinaryRunner {
    /// Runs the binary under `strace -f -e inject=<inject>`, e.g. `renameat2:signal=KILL` to kill
    /// it on entering that system call.
    static func runTraced(_ arguments: [String], inject: String) throws -> Result {
        let run = try BackgroundRun(
            ["-f", "-o", "/dev/null", "-e", "inject=\(inject)", executable.path] + arguments,
            executable: URL(fileURLWithPath: "/usr/bin/strace"))
        return run.finish()
    }
}
