import Foundation
import ScorecardEngine
import ScorecardLanguage

/// `scorecard check` on the commentary files: every `<period>.md` in the commentary folder against the KPI ids.
struct CommentaryCheck {
    let fileCount: Int
    let issues: [CommentaryIssue]

    /// Checks the files in `folder` (none when it does not exist).
    init(folder: String, kpis: [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".md")
        }.sorted()
        var issues: [CommentaryIssue] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                issues.append(
                    CommentaryIssue(
                        path: path, line: 1, column: 1, message: "cannot read the file as UTF-8 text", lineText: ""))
                continue
            }
            issues +=
                CommentaryParser(path: path, text: text).parse(period: String(name.dropLast(3)), kpis: kpis).issues
        }
        fileCount = names.count
        self.issues = issues
    }

    /// The issues as JSON objects in the shape of the metrics diagnostics, appended to their array.
    func json(after diagnostics: [Diagnostic]) -> String {
        let base = DiagnosticRenderer.json(diagnostics)
        guard !issues.isEmpty else { return base }
        let objects = issues.map { issue -> String in
            let fields: [(String, String)] = [
                ("file", Self.quote(issue.path)), ("line", String(issue.line)), ("column", String(issue.column)),
                ("end_line", String(issue.line)), ("end_column", String(issue.column + issue.length)),
                ("code", Self.quote("commentary")),
                ("severity", Self.quote("error")), ("message", Self.quote(issue.message)),
                ("help", issue.help.map(Self.quote) ?? "null"),
            ]
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return (diagnostics.isEmpty ? "[\n" : String(base.dropLast(3)) + ",\n") + objects.joined(separator: ",\n")
            + "\n]\n"
    }

    private static func quote(_ text: String) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]))
            ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
