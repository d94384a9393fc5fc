import ArgumentParser
import Foundation
import ScorecardLanguage

/// The `scorecard` command: checks metrics files, evaluates KPIs and writes board packs.
struct Scorecard: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Check KPI definitions, evaluate them against the CRM database and write the board pack.",
        discussion: """
            KPI definitions live in metrics files (*.kpi) in the metrics/ folder. Start with \
            `scorecard check` to validate them; see docs/language.md for the language.
            """,
        version: version,
        subcommands: [
            CheckCommand.self, FormatCommand.self, EvalCommand.self, ExplainCommand.self, RunCommand.self,
            RenderCommand.self, CommentaryCommand.self,
            DemoDBCommand.self, CLVCommand.self,
        ]
    )
}

extension Scorecard {
    /// Parses the command line, runs the command and exits with its code.
    ///
    /// Exit codes: 0 success, 1 the input has errors (diagnostics, data errors),
    /// 2 wrong usage, 3 an environment failure (I/O, database), 4 data incomplete (a source's
    /// data does not cover the period; `run` published nothing). Library errors all come as
    /// ``UserFacingError`` (their message and ``ErrorCategory``); the CLI's own as ``CommandFailure``.
    /// A ``DiagnosticsError`` is written in the command's ``DiagnosticsFormatting/diagnosticsFormat``:
    /// as JSON, the array of `check --format json` goes to standard output instead of the text.
    static func runAndExit() -> Never {
        var format = DiagnosticsFormat.text
        do {
            var command = try parseAsRoot()
            format = (command as? any DiagnosticsFormatting)?.diagnosticsFormat ?? .text
            try command.run()
            Foundation.exit(0)
        } catch let failure as CommandFailure {
            finish(failure)
        } catch let error as any DiagnosticsError where format == .json {
            FileHandle.standardOutput.write(Data(DiagnosticRenderer.json(error.diagnostics).utf8))
            Foundation.exit(error.category.exitCode)
        } catch let error as any UserFacingError {
            finish(CommandFailure(message: error.userMessage, exitCode: error.category.exitCode))
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            // Usage errors (ArgumentParser's EX_USAGE, 64) exit with 2 like other Unix tools.
            Foundation.exit(code.rawValue == ExitCode.validationFailure.rawValue ? 2 : code.rawValue)
        }
    }

    private static func finish(_ failure: CommandFailure) -> Never {
        if !failure.message.isEmpty {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        }
        Foundation.exit(failure.exitCode)
    }
}
