import Foundation
import ScorecardLanguage

/// Reads a commentary file (format in docs/output.md) and reports every problem with its line and column.
///
/// ```swift
/// let parsed = CommentaryParser(path: "commentary/2026-10.md", text: text).parse(period: "2026-10", kpis: ["net_revenue"])
/// parsed.issues   // [] or "commentary/2026-10.md:7:4: error: unknown KPI 'net_revnue'" …
/// ```
public struct CommentaryParser {
    /// The file's path, for the issues' locations.
    public let path: String
    let lines: [Substring]

    /// The most characters of the executive summary's message: two lines on the summary page.
    public static let maximumMessageLength = 200

    /// A parser of a commentary file's text.
    public init(path: String, text: String) {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }

    /// The commentary and its problems; `period` is the period the file is for, `kpis` the known KPI ids.
    public func parse(period: String, kpis: [String]) -> (commentary: Commentary, issues: [CommentaryIssue]) {
        var commentary = Commentary()
        var issues: [CommentaryIssue] = []
        var index = lines.firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? lines.count
        if index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) == "---" {
            index = header(from: index, period: period, into: &commentary, issues: &issues)
        }
        var body: [Substring] = []
        var current: Commentary.Comment?
        var seen: [String: Int] = [:]
        // After a heading that is not a KPI id, its text is skipped rather than reported again.
        var skipping = false
        func finish() {
            guard var comment = current else { return }
            comment.text = Self.paragraphs(body)
            commentary.comments.append(comment)
            current = nil
            body = []
        }
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") || trimmed == "##" {
                finish()
                guard let comment = heading(line, number: number, kpis: kpis, seen: &seen, issues: &issues) else {
                    skipping = true
                    continue
                }
                skipping = false
                current = comment
                // The first non-blank line after the heading may record the value the comment was written against.
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
                if index < lines.count, lines[index].hasPrefix("value:") {
                    current?.recorded = recorded(lines[index], number: index + 1, issues: &issues)
                    index += 1
                }
            } else if trimmed.isEmpty || Self.isHTMLComment(trimmed) || (current == nil && line.hasPrefix("# ")) {
                if current != nil { body.append("") }
            } else if current == nil && !skipping {
                issues.append(
                    issue(
                        number, column: 1, length: trimmed.count, "text outside a KPI's comment",
                        help:
                            "start a KPI's comment with a heading '## kpi_id'; the executive summary's message goes in the header as 'message: …'"
                    ))
            } else if current != nil {
                body.append(line)
            }
        }
        finish()
        return (commentary, issues)
    }

    /// Reads the `---` header from `start`; returns the index of the first line after it.
    private func header(
        from start: Int, period: String, into commentary: inout Commentary, issues: inout [CommentaryIssue]
    ) -> Int {
        var index = start + 1
        var seen: Set<String> = []
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "---" {
            let line = lines[index]
            let number = index + 1
            index += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                issues.append(
                    issue(
                        number, column: 1, length: line.count, "expected 'key: value' in the header",
                        help: "the header holds 'period:' and 'message:'"))
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let valueColumn =
                line.distance(from: line.startIndex, to: colon) + 2
                + (line[line.index(after: colon)...].prefix { $0 == " " }.count)
            guard seen.insert(key).inserted else {
                issues.append(issue(number, column: 1, length: key.count, "'\(key)' is given twice in the header"))
                continue
            }
            switch key {
            case "period":
                commentary.period = value
                if value != period {
                    issues.append(
                        issue(
                            number, column: valueColumn, length: value.count,
                            "the header says period '\(value)' but the file is for \(period)",
                            help: "name the file \(value).md, or write 'period: \(period)'"))
                }
            case "message":
                commentary.message = value.isEmpty ? nil : value
                if value.count > Self.maximumMessageLength {
                    issues.append(
                        issue(
                            number, column: valueColumn, length: value.count,
                            "the message has \(value.count) characters; the executive summary shows at most two lines (\(Self.maximumMessageLength) characters)",
                            help:
                                "one message per page: say what the reader should conclude, and leave the reasons to the KPIs' comments"
                        ))
                }
            default:
                issues.append(
                    issue(
                        number, column: 1, length: key.count, "unknown header key '\(key)'",
                        help: Suggestion.didYouMean(key, among: ["period", "message"])
                            ?? "the header holds 'period:' and 'message:'"))
            }
        }
        if index >= lines.count {
            issues.append(
                issue(
                    start + 1, column: 1, length: 3, "the header opened here is never closed",
                    help: "end the header with a line '---'"))
        }
        return index + 1
    }

    /// A `## kpi_id` heading as a new comment, or nil with an issue.
    private func heading(
        _ line: Substring, number: Int, kpis: [String], seen: inout [String: Int], issues: inout [CommentaryIssue]
    ) -> Commentary.Comment? {
        let id = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        let column = 3 + line.dropFirst(2).prefix { $0 == " " }.count
        guard !id.isEmpty, id.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }),
            !(id.first?.isNumber ?? true)
        else {
            issues.append(
                issue(
                    number, column: column, length: max(1, id.count), "expected a KPI id after '##'",
                    help: "write the KPI's id as in the metrics, e.g. '## net_revenue'"))
            return nil
        }
        if !kpis.contains(id) {
            issues.append(
                issue(
                    number, column: column, length: id.count, "unknown KPI '\(id)'",
                    help: Suggestion.didYouMean(id, among: kpis)
                        ?? "the KPI ids are in `scorecard check` and the board pack's appendix"))
        }
        if let first = seen[id] {
            issues.append(
                issue(
                    number, column: column, length: id.count,
                    "a second comment for '\(id)' (the first is on line \(first))",
                    help: "write one comment per KPI"))
        }
        seen[id] = seen[id] ?? number
        return Commentary.Comment(kpi: id, text: "", recorded: nil, line: number, column: column)
    }

    /// The `value:` line: a plain number or `n/a`.
    private func recorded(_ line: Substring, number: Int, issues: inout [CommentaryIssue]) -> Commentary.RecordedValue?
    {
        let text = line.dropFirst("value:".count).trimmingCharacters(in: .whitespaces)
        if text == "n/a" { return .notAvailable }
        if let value = Double(text), value.isFinite { return .number(value) }
        let column = 7 + line.dropFirst(6).prefix { $0 == " " }.count
        issues.append(
            issue(
                number, column: column, length: max(1, text.count), "'\(text)' is not a value",
                help: "write the KPI's value as a plain number with a '.' decimal point (as in values.json), or 'n/a'"))
        return nil
    }

    private func issue(_ line: Int, column: Int, length: Int, _ message: String, help: String? = nil) -> CommentaryIssue
    {
        CommentaryIssue(
            path: path, line: line, column: column, length: length, message: message, help: help,
            lineText: line <= lines.count ? String(lines[line - 1]) : "")
    }

    private static func isHTMLComment(_ text: String) -> Bool { text.hasPrefix("<!--") && text.hasSuffix("-->") }

    /// Lines joined into paragraphs: lines within a paragraph by a space, paragraphs by a blank line.
    static func paragraphs(_ lines: [Substring]) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines + [""] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
