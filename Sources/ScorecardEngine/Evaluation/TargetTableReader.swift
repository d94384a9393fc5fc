import ScorecardModel
import ScorecardSQL

/// Reads targets kept in database tables (`target from table budget`), with bound KPI ids.
struct TargetTableReader {
    let database: any SQLDatabase

    /// KPI id → `YYYY-MM` → target, for every KPI whose targets come from a table.
    func read(_ kpis: [KPI]) throws -> [String: [String: Double]] {
        var targets: [String: [String: Double]] = [:]
        for kpi in kpis {
            guard case .table(let name, let kpiColumn, let periodColumn, let targetColumn)? = kpi.targets else {
                continue
            }
            var select = SQLSelect(from: .table(name, as: "t"))
            select.columns = [SQLResultColumn(.column("t", periodColumn)), SQLResultColumn(.column("t", targetColumn))]
            select.filter = .binary(.equal, .column("t", kpiColumn), .value(.text(kpi.id)))
            let statement = try database.query(select)
            var values: [String: Double] = [:]
            while try statement.next() {
                guard let period = statement.text(0), period.count >= 7, !statement.isNull(1) else {
                    continue
                }
                values[String(period.prefix(7))] = statement.real(1)
            }
            targets[kpi.id] = values
        }
        return targets
    }
}
