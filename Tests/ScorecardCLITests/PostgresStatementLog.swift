import Foundation

/// The statements a PostgreSQL server ran, read from its log (`log_statement = 'all'`, the
/// default `log_line_prefix` `%m [%p] `): what a program really sent, with its bound values.
///
/// A statement run with parameters is logged as `LOG:  execute <unnamed>: SELECT …` with its
/// further lines after a tab, then `DETAIL:  parameters: $1 = '1', …` on the same connection.
struct PostgresStatementLog {
    /// Every statement run with the extended protocol, in the order logged.
    let statements: [ExecutedStatement]

    init(logFile: String) throws {
        let entries = Self.entries(try String(contentsOfFile: logFile, encoding: .utf8))
        var statements: [ExecutedStatement] = []
        for (index, entry) in entries.enumerated() {
            guard let marker = entry.range(of: "LOG:  execute <unnamed>: ") else { continue }
            let text = String(entry[marker.upperBound...])
            var values: [String] = []
            if index + 1 < entries.count, let detail = entries[index + 1].range(of: "DETAIL:  parameters: ") {
                values = ExecutedStatement.values(String(entries[index + 1][detail.upperBound...]), marker: "$")
            }
            statements.append(ExecutedStatement(text: text, values: values))
        }
        self.statements = statements
    }

    /// The log's messages: a line and the lines after it that start with a tab (tab removed).
    private static func entries(_ log: String) -> [String] {
        var entries: [String] = []
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\t"), !entries.isEmpty {
                entries[entries.count - 1] += "\n" + line.dropFirst()
            } else if !line.isEmpty {
                entries.append(String(line))
            }
        }
        return entries
    }
}
