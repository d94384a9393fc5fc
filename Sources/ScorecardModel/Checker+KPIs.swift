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
            report(.kpiMissingProperty(keyword, kpi: syntax.name, file: file))
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
            report(.notAStage(word, file: file))
            return nil
        }
        return stage
    }

    private mutating func focus(_ word: Identifier, file: SourceFile) -> Focus? {
        guard let focus = Focus(rawValue: word.name) else {
            report(.notAFocus(word, file: file))
            return nil
        }
        return focus
    }

    private mutating func polarity(_ word: Identifier, file: SourceFile) -> Polarity? {
        guard let polarity = Polarity(rawValue: word.name) else {
            report(.notAPolarity(word, file: file))
            return nil
        }
        return polarity
    }

    private mutating func breakdowns(_ table: PropertyTable, file: SourceFile) -> [Identifier] {
        guard case .names(let names)? = table["breakdown"]?.value else { return [] }
        return names.filter { name in
            guard dimensionDeclarations[name.name] != nil else {
                report(.unknownDimension(name, among: Array(dimensionDeclarations.keys), file: file))
                return false
            }
            return true
        }
    }

    private mutating func warnIncomplete(_ draft: KPIDraft, table: PropertyTable) {
        if table["target"] == nil {
            report(.kpiHasNoTarget(draft.syntax.name, file: draft.file))
        }
        let missing = [("owner", draft.owner), ("description", draft.description)].filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            report(.kpiUndocumented(draft.syntax.name, missing: missing, file: draft.file))
        }
    }
}
