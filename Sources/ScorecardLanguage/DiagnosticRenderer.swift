/// Renders diagnostics like a compiler: location, code, message, the source line and a caret.
///
/// ```text
/// metrics/sales.kpi:14:9: error[E0203]: unknown measure or KPI 'revnue'
///    |
/// 14 |   value revnue / buyers
///    |         ^~~~~~
///    = help: did you mean 'revenue'?
/// ```
public enum DiagnosticRenderer {
    /// The human-readable rendering of one diagnostic, ending with a line break.
    public static func text(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic) + "\n"
        if let file = diagnostic.file {
            out += snippet(file: file, range: diagnostic.range)
        }
        for note in diagnostic.notes {
            if let file = note.file, let range = note.range {
                out += "note: \(note.message) (\(file.path):\(file.location(of: range.start)))\n"
                out += snippet(file: file, range: range)
            } else {
                out += "   = note: \(note.message)\n"
            }
        }
        if let help = diagnostic.help { out += "   = help: \(help)\n" }
        return out
    }

    /// `path:line:col: severity[CODE]: message`.
    public static func header(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.file.map { "\($0.path):\($0.location(of: diagnostic.range.start)): " } ?? ""
        return "\(place)\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]: \(diagnostic.message)"
    }

    /// The source line with a caret under the range (clipped to the first line).
    static func snippet(file: SourceFile, range: SourceRange) -> String {
        let start = file.location(of: range.start)
        let line = file.lineText(start.line).replacingTabs()
        let gutter = String(start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let lineEnd = start.column - 1 + line.dropFirst(start.column - 1).count
        let endColumn =
            range.end > range.start ? min(file.location(of: range.end).column, lineEnd + 1) : start.column + 1
        let endsOnSameLine = file.location(of: max(range.start, range.end - 1)).line == start.line
        let width = max(1, (endsOnSameLine ? endColumn : lineEnd + 1) - start.column)
        let marker = "^" + String(repeating: "~", count: width - 1)
        return "\(pad) |\n\(gutter) | \(line)\n\(pad) | \(String(repeating: " ", count: start.column - 1))\(marker)\n"
    }

    /// A summary line such as `2 errors, 1 warning`.
    public static func summary(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}

extension String {
    /// Tabs become single spaces so the caret lines up (columns count characters).
    fileprivate func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
