import ScorecardModel
import ScorecardSQL

/// Reads targets kept in database tables (`target from table budget`), with bound KPI ids.
///
/// A statement the database refuses (a view over a dropped table) or a target that is not a number
/// is an ``EvaluationError`` at the KPI's definition (E0404), never a silent zero.
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
            do {
                targets[kpi.id] = try read(select, kpi: kpi, table: name)
            } catch let error as DatabaseError where error.kind == .query {
                throw EvaluationError.targetTable(kpi: kpi, table: name, reason: error.message)
            }
        }
        return targets
    }

    /// `YYYY-MM` → target of one KPI's rows; rows without a period or target are left out.
    private func read(_ select: SQLSelect, kpi: KPI, table: String) throws -> [String: Double] {
        let statement = try database.query(select)
        var values: [String: Double] = [:]
        while try statement.next() {
            guard let period = statement.text(0), period.count >= 7, !statement.isNull(1) else { continue }
            switch statement.value(1).numeric {
            case .integer(let integer): values[String(period.prefix(7))] = Double(integer)
            case .real(let real) where real.isFinite: values[String(period.prefix(7))] = real
            case let other:
                let shown: String
                switch other {
                case .text(let text): shown = "'\(text)'"
                case .blob: shown = "a blob"
                default: shown = other.description
                }
                throw EvaluationError.targetTable(
                    kpi: kpi, table: table, reason: "the target of \(period.prefix(7)) is \(shown), not a number")
            }
        }
        return values
    }
}
