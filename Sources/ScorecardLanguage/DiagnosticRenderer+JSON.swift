/// Machine-readable diagnostics for editors and CI.
extension DiagnosticRenderer {
    /// A JSON array of `{file, line, column, end_line, end_column, code, severity, message, help}` objects.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects = diagnostics.map { diagnostic -> String in
            var fields: [(String, String)] = []
            let start = diagnostic.file?.location(of: diagnostic.range.start)
            let end = diagnostic.file?.location(of: diagnostic.range.end)
            fields.append(("file", quote(diagnostic.file?.path)))
            fields.append(("line", start.map { String($0.line) } ?? "null"))
            fields.append(("column", start.map { String($0.column) } ?? "null"))
            fields.append(("end_line", end.map { String($0.line) } ?? "null"))
            fields.append(("end_column", end.map { String($0.column) } ?? "null"))
            fields.append(("code", quote(diagnostic.code.rawValue)))
            fields.append(("severity", quote(diagnostic.severity.rawValue)))
            fields.append(("message", quote(diagnostic.message)))
            fields.append(("help", quote(diagnostic.help)))
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string literal, or `null`.
    static func quote(_ text: String?) -> String {
        guard let text else { return "null" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
