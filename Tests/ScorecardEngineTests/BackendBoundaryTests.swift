import Foundation
import Testing

/// Nothing above the database boundary names SQLite or writes SQL text: the engine, the results,
/// the renderer and the CLI (but for the one file that picks a backend) reach a database only
/// through `SQLDatabase`, and SQL only through the syntax tree that dialects render.
@Suite struct BackendBoundaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The Swift files of a target, with their text stripped of comments.
    static func code(of target: String) throws -> [(file: String, code: String)] {
        let folder = root.appendingPathComponent("Sources/\(target)")
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { url in
            let lines = try String(contentsOf: url, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            let code = lines.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            return (url.lastPathComponent, code)
        }
    }

    static let aboveTheBoundary = ["ScorecardEngine", "ScorecardResults", "ScorecardRender", "ScorecardCLI"]

    @Test(arguments: aboveTheBoundary)
    func namesNoSQLiteType(target: String) throws {
        let files = try Self.code(of: target)
        #expect(files.count > 5, "the sources of \(target) were found")
        let allowed: Set<String> = target == "ScorecardCLI" ? ["DatabaseOpening.swift"] : []
        for (file, code) in files where !allowed.contains(file) {
            #expect(
                code.range(of: #"\bSQLite[A-Z]\w*|import (CSQLite|ScorecardSQLite)"#, options: .regularExpression)
                    == nil, "\(target)/\(file) names SQLite")
        }
    }

    /// SQL text (a function call or a statement keyword in a string literal) appears only in the dialects.
    @Test(arguments: aboveTheBoundary + ["ScorecardSQL"])
    func writesNoSQLText(target: String) throws {
        let sql =
            #""[^"\n]*\b(SELECT|PRAGMA|SUM|COUNT|TOTAL|julianday|substr|strftime|COALESCE|ROUND|typeof|GLOB|percentile_cont)\s*[( ][^"\n]*""#
        let dialects: Set<String> = [
            "SQLDialect.swift", "SQLDialect+Expressions.swift", "SQLiteDialect.swift", "SQLFunction.swift",
        ]
        for (file, code) in try Self.code(of: target) where !dialects.contains(file) {
            let found = code.range(of: sql, options: .regularExpression).map { String(code[$0]) }
            #expect(found == nil, "\(target)/\(file) writes SQL text: \(found ?? "")")
        }
    }

    /// The engine's target cannot even import a backend: its dependencies do not list one.
    @Test func theEngineDependsOnNoBackend() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let line = manifest.split(separator: "\n").first { $0.contains(#".target(name: "ScorecardEngine""#) }
        #expect(line != nil)
        #expect(line.map { !$0.contains("SQLite") && !$0.contains("Postgres") } == true, "\(line ?? "")")
    }
}
