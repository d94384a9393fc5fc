/// Rows of one source whose value in one column the evaluation could not use.
///
/// Left out of every measure with `bad_rows skip`, an error otherwise. Written to values.json as
/// `bad_rows`.
///
/// ```json
/// {"source": "orders", "column": "net_amount", "problem": "not_a_number", "rows": 5, "examples": ["1047", "1093"]}
/// ```
public struct BadRows: Sendable, Codable, Equatable {
    /// The source whose rows fail the check.
    public var source: String
    /// The column as the metrics name it (`net_amount`, `customers.credit_limit`).
    public var column: String
    /// `not_a_number`, `too_large` (a money amount too large for cents) or `unreadable_time`.
    public var problem: String
    /// How many rows of the source fail the check.
    public var rows: Int
    /// The keys (the source's `key` column) of the first few such rows.
    public var examples: [String]

    /// How many example keys are kept.
    public static let exampleLimit = 5

    /// A bad-rows entry; `rows` and `examples` are filled in as rows are found.
    public init(source: String, column: String, problem: String, rows: Int = 0, examples: [String] = []) {
        self.source = source
        self.column = column
        self.problem = problem
        self.rows = rows
        self.examples = examples
    }

    /// Counts one more row, keeping its key as an example while there are few.
    public mutating func add(key: String?) {
        rows += 1
        if examples.count < Self.exampleLimit, let key { examples.append(key) }
    }

    /// One line for people, e.g. "5 rows of source 'orders' have a net_amount that is not a number (keys 1047, 1093, …)".
    public var summary: String {
        let article = column.first.map { "aeiou".contains($0.lowercased()) } == true ? "an" : "a"
        let what =
            switch problem {
            case "too_large": "\(article) \(column) too large for cents (\(Self.limitText) or more)"
            case "unreadable_time": "\(article) \(column) that is missing or not a readable time"
            default: "\(article) \(column) that is not a number"
            }
        let keys =
            examples.isEmpty ? "" : " (keys \(examples.joined(separator: ", "))\(rows > examples.count ? ", …" : ""))"
        return "\(rows) row\(rows == 1 ? "" : "s") of source '\(source)' \(rows == 1 ? "has" : "have") \(what)\(keys)"
    }

    private static let limitText = "10,000,000,000,000"
}
