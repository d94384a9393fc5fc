import ScorecardLanguage

/// Checks parsed metrics files and builds the semantic model, reporting every problem in one pass.
///
/// ```swift
/// let result = Checker.check(files.map(Parser.parse))
/// result.model       // nil when any error was found
/// result.diagnostics // syntax and semantic diagnostics, in file order
/// ```
public struct Checker {
    /// The model (when there are no errors) and every diagnostic.
    public struct Result: Sendable {
        /// The checked model, or nil when any error was found.
        public let model: MetricsModel?
        /// Every syntax and semantic diagnostic, sorted by file and position.
        public let diagnostics: [Diagnostic]

        /// The number of errors.
        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        /// The number of warnings.
        public var warningCount: Int { diagnostics.count - errorCount }
    }

    /// A declaration together with the file it was written in.
    struct Declared<Syntax> {
        let syntax: Syntax
        let file: SourceFile
    }

    var diagnostics: [Diagnostic] = []
    var settingsDeclarations: [Declared<SettingsDeclaration>] = []
    var sourceDeclarations: [String: Declared<SourceDeclaration>] = [:]
    var dimensionDeclarations: [String: Declared<DimensionDeclaration>] = [:]
    var measureDeclarations: [String: Declared<MeasureDeclaration>] = [:]
    var kpiDeclarations: [String: Declared<KPIDeclaration>] = [:]
    var modelDeclarations: [String: Declared<ModelDeclaration>] = [:]
    var clvModels: [String: CLVModel] = [:]
    /// KPI ids in the order they were written.
    var kpiOrder: [String] = []

    var settings = Settings()
    var sources: [String: Source] = [:]
    var dimensions: [String: Dimension] = [:]
    var measures: [String: Measure] = [:]
    var kpiDrafts: [String: KPIDraft] = [:]

    /// Checks a set of files that share one namespace (a metrics folder).
    public static func check(_ trees: [SyntaxTree]) -> Result {
        var checker = Checker()
        checker.diagnostics = trees.flatMap(\.diagnostics)
        checker.collect(trees)
        checker.checkSettings()
        checker.checkSources()
        checker.checkModels()
        checker.checkDimensions()
        checker.checkMeasures()
        checker.checkKPIs()
        let ordered = checker.orderKPIs()
        checker.warnUnusedMeasures()
        let hasErrors = checker.diagnostics.contains { $0.severity == .error }
        let model =
            hasErrors
            ? nil
            : MetricsModel(
                settings: checker.settings, sources: checker.sources,
                dimensions: checker.dimensions, measures: checker.measures,
                clvModels: checker.clvModels, kpis: ordered)
        return Result(model: model, diagnostics: checker.sortedDiagnostics())
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Diagnostics sorted by file path, then position; file-less ones first.
    func sortedDiagnostics() -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let keyA = (a.element.file?.path ?? "", a.element.range.start, a.offset)
            let keyB = (b.element.file?.path ?? "", b.element.range.start, b.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
