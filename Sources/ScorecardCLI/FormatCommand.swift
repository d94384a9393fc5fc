import ArgumentParser
import Foundation
import ScorecardLanguage

/// `scorecard fmt`: rewrites metrics files into the canonical layout.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite metrics files into the canonical layout, keeping every comment.",
        discussion: """
            Formatting never changes meaning and is idempotent. Files with syntax errors are left \
            unchanged and their errors are printed. Use `-` to format standard input to standard output.
            """
    )

    @Argument(help: "Files or folders to format ('-' for standard input).")
    var paths: [String] = ["metrics"]

    @Flag(help: "Do not write; list the files that would change and exit 1 if any would.")
    var check = false

    func run() throws {
        if paths == ["-"] { return try formatStandardInput() }
        let loaded = SourceLoader.load(paths: paths)
        var failures = loaded.diagnostics
        var changed: [String] = []
        for file in loaded.files {
            let tree = Parser.parse(file)
            guard let formatted = Formatter.format(tree) else {
                failures += tree.diagnostics.filter { $0.severity == .error }
                continue
            }
            guard formatted != file.text else { continue }
            changed.append(file.path)
            if !check { try write(formatted, to: file.path) }
        }
        try report(failures: failures, changed: changed)
    }

    private func report(failures: [Diagnostic], changed: [String]) throws {
        if check { for path in changed { print(path) } }
        if !failures.isEmpty {
            let text = failures.map(DiagnosticRenderer.text).joined()
            throw CommandFailure.input(text + "fmt: \(failures.count) file problem(s); those files were not changed")
        }
        if check && !changed.isEmpty { throw CommandFailure(message: "", exitCode: 1) }
    }

    private func formatStandardInput() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let tree = Parser.parse(SourceFile(path: "<stdin>", bytes: [UInt8](data)))
        guard let formatted = Formatter.format(tree) else {
            let errors = tree.diagnostics.filter { $0.severity == .error }
            throw CommandFailure.input(errors.map(DiagnosticRenderer.text).joined())
        }
        FileHandle.standardOutput.write(Data(formatted.utf8))
    }

    /// Replaces a file atomically so an interrupted run never leaves it half-written.
    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure.environment("cannot write '\(path)': \(FileErrorReason.describe(error, path: path))")
        }
    }
}
