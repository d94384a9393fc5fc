import ScorecardLanguage

/// Rule: every name is defined once per kind (E0201); at most one settings block (E0222).
extension Checker {
    mutating func collect(_ trees: [SyntaxTree]) {
        for tree in trees {
            for declaration in tree.declarations {
                collect(declaration, in: tree.file)
            }
        }
        if settingsDeclarations.count > 1, let first = settingsDeclarations.first {
            for extra in settingsDeclarations.dropFirst() {
                report(
                    .extraSettingsBlock(
                        file: extra.file, range: keywordRange(extra.syntax.range),
                        first: keywordRange(first.syntax.range), firstFile: first.file))
            }
        }
    }

    private func keywordRange(_ range: SourceRange) -> SourceRange {
        SourceRange(range.start, range.start + "scorecard".utf8.count)
    }

    private mutating func collect(_ declaration: Declaration, in file: SourceFile) {
        switch declaration {
        case .settings(let settings):
            settingsDeclarations.append(Declared(syntax: settings, file: file))
        case .source(let source):
            diagnostics += Checker.insert(
                source, name: source.name, kind: "source", file: file, into: &sourceDeclarations)
        case .dimension(let dimension):
            diagnostics += Checker.insert(
                dimension, name: dimension.name, kind: "dimension", file: file, into: &dimensionDeclarations)
        case .measure(let measure):
            diagnostics += Checker.insert(
                measure, name: measure.name, kind: "measure", file: file, into: &measureDeclarations)
        case .model(let model):
            diagnostics += Checker.insert(model, name: model.name, kind: "model", file: file, into: &modelDeclarations)
        case .kpi(let kpi):
            let duplicate = Checker.insert(kpi, name: kpi.name, kind: "kpi", file: file, into: &kpiDeclarations)
            diagnostics += duplicate
            if duplicate.isEmpty { kpiOrder.append(kpi.name.name) }
        }
    }

    /// Adds a declaration to its table, or returns E0201 when the name is taken.
    private static func insert<Syntax>(
        _ syntax: Syntax, name: Identifier, kind: String, file: SourceFile,
        into table: inout [String: Declared<Syntax>]
    ) -> [Diagnostic] {
        if let first = table[name.name], let firstRange = nameRange(of: first.syntax) {
            return [.duplicateDefinition(kind, name, file: file, first: firstRange, firstFile: first.file)]
        }
        table[name.name] = Declared(syntax: syntax, file: file)
        return []
    }

    static func nameRange(of syntax: Any) -> SourceRange? {
        switch syntax {
        case let source as SourceDeclaration: source.name.range
        case let dimension as DimensionDeclaration: dimension.name.range
        case let measure as MeasureDeclaration: measure.name.range
        case let kpi as KPIDeclaration: kpi.name.range
        case let model as ModelDeclaration: model.name.range
        default: nil
        }
    }
}
