import ScorecardEngine
import ScorecardModel

/// The terminal table `scorecard eval` prints: one line per KPI, grouped by stage, numbers right-aligned.
struct ValueTable {
    let values: ScorecardValues

    private static let headers = ["KPI", "Actual", "Target", "Var", "Var %", "Status", "Last year", "YTD"]

    func render() -> String {
        let formatter = ValueFormatter(currency: values.currency, locale: values.locale)
        var rows: [[String]?] = []
        for stage in Stage.allCases {
            let kpis = values.kpis.filter { $0.stage == stage }
            guard !kpis.isEmpty else { continue }
            rows.append(nil)
            rows.append([stage.label.uppercased(), "", "", "", "", "", "", ""])
            for kpi in kpis {
                rows.append([
                    kpi.label, formatter.format(kpi.value, unit: kpi.unit),
                    formatter.format(kpi.target, unit: kpi.unit),
                    kpi.variance.map { formatter.formatVariance($0.absolute, unit: kpi.unit) } ?? "",
                    kpi.variance.map { formatter.formatRelative($0.relative) } ?? "", Self.status(kpi.status),
                    formatter.format(kpi.lastYear, unit: kpi.unit), formatter.format(kpi.ytd, unit: kpi.unit),
                ])
            }
        }
        let widths = Self.headers.indices.map { column in
            ([Self.headers] + rows.compactMap { $0 }).map { $0[column].count }.max() ?? 0
        }
        var out = "\(values.title) · \(formatter.period(of: values))\n\n" + line(Self.headers, widths) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows {
            guard let row else { continue }
            out += line(row, widths) + "\n"
        }
        let notes = values.kpis.filter { $0.note != nil }
        if !notes.isEmpty {
            out += "\nn/a:\n" + notes.map { "  \($0.label): \($0.note!)\n" }.joined()
        }
        return out
    }

    /// Shape, word and colour-independent: ● on target, ▲ amber, ■ red.
    static func status(_ status: KPIStatus) -> String {
        switch status {
        case .green: "● green"
        case .amber: "▲ amber"
        case .red: "■ red"
        case .none: "– none"
        }
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        cells.enumerated().map { index, cell in
            let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
            return index == 0 || index == 5 ? cell + pad : pad + cell
        }.joined(separator: "  ").replacingTrailingSpaces()
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
