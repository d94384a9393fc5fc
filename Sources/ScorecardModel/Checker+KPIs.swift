import ScorecardLanguage

/// Rule: KPIs have a valid stage (E0209), focus (E0210), a value (E0206), known breakdowns (E0204), and warnings W0301/W0302.
extension Checker {
    static let requiredKPIProperties = ["stage", "focus", "value"]

    mutating func checkKPIs() {
        for id in kpiOrder {
            guard let declared = kpiDeclarations[id] else { continue }
            kpiDrafts[id] = draft(declared.syntax, file: declared.file)
        }
    }

    private mutating func draft(_ syntax: KPIDeclaration, file: SourceFile) -> KPIDraft {
        let table = PropertyTable(syntax.properties, repeatable: ["target"], file: file, report: { report($0) })
        let id = syntax.name.name
        var draft = KPIDraft(
            id: id, syntax: syntax, file: file,
            label: table.string("label") ?? syntax.label?.value ?? Checker.humanLabel(id),
            missing: settings.missing)
        for keyword in Checker.requiredKPIProperties where table[keyword] == nil {
            report(
                Diagnostic(
                    .E0206, "kpi '\(id)' has no '\(keyword)'", file: file, range: syntax.name.range,
                    help: "add a line `\(keyword) …` to the kpi block"))
        }
        draft.stage = table.word("stage").flatMap { stage($0, file: file) }
        draft.focus = table.word("focus").flatMap { focus($0, file: file) }
        if let expression = table.expression("value") {
            draft.value = kpiExpression(expression, file: file)
            draft.valueRange = expression.range
        }
        if let word = table.word("unit"), let unit = unit(word, file: file) { draft.declaredUnit = (unit, word.range) }
        if let word = table.word("better") { draft.polarity = polarity(word, file: file) ?? .higher }
        if let word = table.word("missing"), let policy = checkMissingPolicy(word, file: file) {
            draft.missing = policy
        }
        draft.owner = table.string("owner")
        draft.description = table.string("description")
        draft.breakdowns = breakdowns(table, file: file)
        draft.targets = targets(table.all("target"), kpi: id, file: file)
        draft.thresholds = thresholds(table, polarity: draft.polarity, hasTarget: draft.targets != nil, file: file)
        warnIncomplete(draft, table: table)
        return draft
    }

    private mutating func stage(_ word: Identifier, file: SourceFile) -> Stage? {
        guard let stage = Stage(rawValue: word.name) else {
            let ids = Stage.allCases.map(\.rawValue)
            report(
                Diagnostic(
                    .E0209, "'\(word.name)' is not a stage", file: file, range: word.range,
                    help: Suggestion.didYouMean(word.name, among: ids) ?? "stages: \(ids.joined(separator: ", "))"))
            return nil
        }
        return stage
    }

    private mutating func focus(_ word: Identifier, file: SourceFile) -> Focus? {
        guard let focus = Focus(rawValue: word.name) else {
            report(
                Diagnostic(
                    .E0210, "'\(word.name)' is not a focus", file: file, range: word.range,
                    help: Suggestion.didYouMean(word.name, among: ["internal", "external"])
                        ?? "write `focus internal` (how the enterprise operates) or `focus external` (how customers experience it)"
                ))
            return nil
        }
        return focus
    }

    private mutating func polarity(_ word: Identifier, file: SourceFile) -> Polarity? {
        guard let polarity = Polarity(rawValue: word.name) else {
            report(
                Diagnostic(
                    .E0211, "'\(word.name)' is not a polarity", file: file, range: word.range,
                    help: "write `better higher` or `better lower`"))
            return nil
        }
        return polarity
    }

    private mutating func breakdowns(_ table: PropertyTable, file: SourceFile) -> [Identifier] {
        guard case .names(let names)? = table["breakdown"]?.value else { return [] }
        return names.filter { name in
            guard dimensionDeclarations[name.name] != nil else {
                report(
                    Diagnostic(
                        .E0204, "unknown dimension '\(name.name)'", file: file, range: name.range,
                        help: Suggestion.didYouMean(name.name, among: Array(dimensionDeclarations.keys))
                            ?? "declare it with `dimension \(name.name) = source.column`"))
                return false
            }
            return true
        }
    }

    private mutating func warnIncomplete(_ draft: KPIDraft, table: PropertyTable) {
        if table["target"] == nil {
            report(
                Diagnostic(
                    .W0301, "kpi '\(draft.id)' has no target; its status will be 'none'", file: draft.file,
                    range: draft.syntax.name.range, help: "add `target <value>` or `target from \"budget.csv\"`"))
        }
        let missing = [("owner", draft.owner), ("description", draft.description)].filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            report(
                Diagnostic(
                    .W0302, "kpi '\(draft.id)' has no \(missing.joined(separator: " or "))", file: draft.file,
                    range: draft.syntax.name.range,
                    help: "the board pack's appendix shows who owns each KPI and what it means"))
        }
    }
}
