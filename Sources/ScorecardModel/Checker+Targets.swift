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
                Diagnostic(
                    .E0219, "kpi '\(kpi)' takes its target from more than one place", file: file,
                    range: forms[1].1.range,
                    notes: [.init("first target here", file: file, range: firstProperty.range)],
                    help: "use either constant targets (a schedule with `from`), one budget file or one table"))
            return nil
        }
        switch firstForm {
        case .constant: return schedule(constants, file: file)
        case .csv(let path): return budgetFile(path, kpi: kpi, file: file)
        case .table(let table, let columns):
            guard columns.isEmpty || columns.count == 3 else {
                report(
                    Diagnostic(
                        .E0219, "a target table names three columns (kpi, period, target), not \(columns.count)",
                        file: file, range: table.range))
                return nil
            }
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
                    Diagnostic(
                        .E0219,
                        from.map { "the target for \(file.text(in: $0.range)) is given twice" }
                            ?? "more than one target without 'from'",
                        file: file, range: property.range,
                        notes: [.init("first given here", file: file, range: earlier.range)],
                        help: "give each later target the month it applies from: `target 130 from 2026-04`"))
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
            report(
                Diagnostic(
                    .E0219, "budget file '\(resolved)' not found", file: file, range: path.range,
                    help: "budget files are read relative to the metrics file's folder"))
            return nil
        }
        do {
            let budget = try BudgetCSV(text: String(decoding: data, as: UTF8.self))
            guard let values = budget.targets[kpi], !values.isEmpty else {
                report(
                    Diagnostic(
                        .E0219, "budget file '\(resolved)' has no rows for kpi '\(kpi)'", file: file, range: path.range,
                        help: Suggestion.didYouMean(kpi, among: Array(budget.targets.keys)).map {
                            "the file has rows for a similar id: \($0)"
                        }))
                return nil
            }
            return .csv(path: resolved, values: values)
        } catch let problem as BudgetCSV.Problem {
            report(Diagnostic(.E0219, "\(resolved):\(problem.line): \(problem.message)", file: file, range: path.range))
            return nil
        } catch {
            return nil
        }
    }
}
