/// One column of the scorecard table: its heading, share of the width and alignment.
struct TableColumn: Sendable {
    enum Kind: Sendable {
        case label, number, status, sparkline
    }

    let title: String
    /// The heading's group above it, e.g. "Month", "Last year", "Year to date".
    let group: String
    let fraction: Double
    let kind: Kind

    /// The scorecard table's columns, left to right (fractions add up to 1).
    static let scorecard: [TableColumn] = [
        TableColumn(title: "KPI", group: "", fraction: 0.205, kind: .label),
        TableColumn(title: "Actual", group: "Month", fraction: 0.072, kind: .number),
        TableColumn(title: "Target", group: "Month", fraction: 0.072, kind: .number),
        TableColumn(title: "Var.", group: "Month", fraction: 0.068, kind: .number),
        TableColumn(title: "Var. %", group: "Month", fraction: 0.052, kind: .number),
        TableColumn(title: "Actual", group: "Last year", fraction: 0.072, kind: .number),
        TableColumn(title: "Var. %", group: "Last year", fraction: 0.052, kind: .number),
        TableColumn(title: "Actual", group: "Year to date", fraction: 0.072, kind: .number),
        TableColumn(title: "Target", group: "Year to date", fraction: 0.072, kind: .number),
        TableColumn(title: "Var. %", group: "Year to date", fraction: 0.052, kind: .number),
        TableColumn(title: "Status", group: "", fraction: 0.081, kind: .status),
        TableColumn(title: "13 months", group: "", fraction: 0.15, kind: .sparkline),
    ]
}
