/// The queries `scorecard explain` printed, read back from its output.
///
/// ```
/// -- query 1 of 2: months of source orders: revenue
/// SELECT …
/// FROM …;
/// -- bound values: ?1 = 1, ?2 = 'completed'
/// ```
struct ExplainOutput {
    /// Each query's title and statement, in the order printed.
    let queries: [(title: String, statement: ExecutedStatement)]

    init(_ output: String) {
        var queries: [(String, ExecutedStatement)] = []
        var title: String?
        var lines: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("-- query "), let colon = line.range(of: ": ") {
                title = String(line[colon.upperBound...])
                lines = []
            } else if line.hasPrefix("-- bound values: "), let current = title {
                var text = lines.joined(separator: "\n")
                if text.hasSuffix(";") { text.removeLast() }
                let values = ExecutedStatement.values(String(line.dropFirst("-- bound values: ".count)), marker: "?")
                queries.append((current, ExecutedStatement(text: text, values: values)))
                title = nil
            } else if title != nil {
                lines.append(line)
            }
        }
        self.queries = queries
    }
}
