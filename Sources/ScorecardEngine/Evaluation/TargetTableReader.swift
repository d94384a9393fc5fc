import ScorecardModel
import ScorecardSQL

/// Reads targets kept in database tables (`target from table budget`), with bound KPI ids.
struct TargetTableReader {
    let database: SQLiteDatabase

    /// KPI id → `YYYY-MM` → target, for every KPI whose targets come from a table.
    func read(_ kpis: [KPI]) throws -> [String: [String: Double]] {
        var targets: [String: [String: Double]] = [:]
        for kpi in kpis {
            guard case .table(let name, let kpiColumn, let periodColumn, let targetColumn)? = kpi.targets else {
                continue
            }
            var select = SQLSelect(from: .table(name, as: "t"))
            select.columns = [SQLResultColumn(.column("t", periodColumn)), SQLResultColumn(.column("t", targetColumn))]
            select.filter = .binary("=", .column("t", kpiColumn), .value(.text(kpi.id)))
            let rendered = SQLiteDialect().render(select)
            let statement = try database.prepare(rendered.text)
            try statement.bind(rendered.bindings.map(\.sqlite))
            var values: [String: Double] = [:]
            while try statement.step() {
                guard let period = statement.string(at: 0), period.count >= 7, !statement.isNull(at: 1) else {
                    continue
                }
                values[String(period.prefix(7))] = statement.double(at: 1)
            }
            targets[kpi.id] = values
        }
        return targets
    }
}
