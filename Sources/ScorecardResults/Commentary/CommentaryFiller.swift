/// Fills in the `value:` line of every comment that records none, with the KPI's value now.
///
/// The controller's text is otherwise kept byte for byte; a `value:` line goes right below the heading:
///
/// ```swift
/// CommentaryFiller(text: text).filled(commentary, values: values)   // nil when nothing was missing
/// ```
public struct CommentaryFiller {
    let text: String

    /// A filler for the commentary file's text as read.
    public init(text: String) { self.text = text }

    /// The file's new text, or nil when every non-empty comment already records its value.
    public func filled(_ commentary: Commentary, values: ScorecardValues) -> String? {
        let missing = commentary.comments.filter { $0.recorded == nil && !$0.text.isEmpty }
        guard !missing.isEmpty else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // From the bottom up, so earlier line numbers stay valid.
        for comment in missing.sorted(by: { $0.line > $1.line }) where comment.line <= lines.count {
            let value = values.kpis.first { $0.id == comment.kpi }?.value
            let ending = lines[comment.line - 1].hasSuffix("\r") ? "\r" : ""
            lines.insert("value: " + ScorecardValues.recordedText(value) + ending, at: comment.line)
        }
        return lines.joined(separator: "\n")
    }
}
