import Foundation
import ScorecardLanguage

/// Rule: targets come from one place, with no month scheduled twice and readable budget files (E0219).
extension Checker {
    mutating func targets(_ properties: [Property], kpi: String, file: SourceFile) -> TargetRule? {
        let forms = properties.compactMap { property -> (TargetSyntax, Property)? in
            if case .target(let form) = property.value { return (form, property) }
            return nil
        }
        guard let (firstForm, firstProperty) = forms.first else { return nil }
        let constants = forms.filter { if case .constant = $0.0 { true } else { false } }
        if forms.count > 1, constants.count != forms.count {
            report(
                .targetsFromSeveralPlaces(kpi: kpi, file: file, range: forms[1].1.range, first: firstProperty.range))
            return nil
        }
        switch firstForm {
        case .constant: return schedule(constants, file: file)
        case .csv(let path): return budgetFile(path, kpi: kpi, file: file)
        case .table(let table, let columns):
            guard columns.isEmpty || columns.count == 3 else {
                report(.targetTableColumns(columns.count, file: file, range: table.range))
                return nil
            }
            guard checkTableName(table, file: file) else { return nil }
            let names = columns.isEmpty ? ["kpi", "period", "target"] : columns.map(\.name)
            return .table(name: table.name, kpiColumn: names[0], periodColumn: names[1], targetColumn: names[2])
        }
    }

    private mutating func schedule(_ forms: [(TargetSyntax, Property)], file: SourceFile) -> TargetRule? {
        var seen: [PeriodLiteral?: Property] = [:]
        var steps: [ScheduledTarget] = []
        for (form, property) in forms {
            guard case .constant(let amount, let isPercent, let from) = form else { continue }
            if let earlier = seen[from?.period] {
                report(
                    .targetGivenTwice(
                        from: from.map { file.text(in: $0.range) }, file: file, range: property.range,
                        first: earlier.range))
                return nil
            }
            seen[from?.period] = property
            steps.append(ScheduledTarget(value: isPercent ? amount.value / 100 : amount.value, from: from?.period))
        }
        return .schedule(
            steps.sorted {
                ($0.from.map { ($0.year, $0.month) } ?? (0, 0)) < ($1.from.map { ($0.year, $0.month) } ?? (0, 0))
            })
    }

    private mutating func budgetFile(_ path: StringLiteral, kpi: String, file: SourceFile) -> TargetRule? {
        let folder = (file.path as NSString).deletingLastPathComponent
        let resolved = path.value.hasPrefix("/") || folder.isEmpty ? path.value : folder + "/" + path.value
        guard let data = FileManager.default.contents(atPath: resolved) else {
            report(.budgetFileNotFound(resolved, file: file, range: path.range))
            return nil
        }
        do {
            let budget = try BudgetCSV(text: String(decoding: data, as: UTF8.self))
            guard let values = budget.targets[kpi], !values.isEmpty else {
                report(
                    .budgetFileHasNoRows(
                        resolved, kpi: kpi, ids: Array(budget.targets.keys), file: file, range: path.range))
                return nil
            }
            return .csv(path: resolved, values: values)
        } catch let problem as BudgetCSV.Problem {
            report(
                .budgetFileProblem(resolved, problem, file: file, range: path.range)
            )
            return nil
        } catch {
            return nil
        }
    }
}
