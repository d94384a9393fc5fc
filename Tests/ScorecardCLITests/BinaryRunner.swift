import Foundation

/// Runs the built `scorecard` binary as a child process, as a user would.
struct BinaryRunner {
    /// The result of one run.
    struct Result {
        let exitCode: Int32
        let stdout: String
        let stderr: String
    }

    /// The `scorecard` executable next to the test bundle in the build folder.
    static var executable: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("scorecard").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("scorecard")
    }

    /// The package root, for the shipped metrics files.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs the binary with arguments, optional standard input and working directory.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Drain standard error on another thread so a chatty child never blocks on a full pipe.
        let errorBox = DataBox()
        let errorReader = Thread {
            errorBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errorBox.done.signal()
        }
        errorReader.start()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errorBox.done.wait()
        let errData = errorBox.data
        process.waitUntilExit()
        return Result(
            exitCode: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }
}

/// Carries data from the reader thread back to the caller.
private final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
