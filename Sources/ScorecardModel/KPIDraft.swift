import ScorecardLanguage

/// A KPI whose properties are checked but whose units and dependencies are not yet.
struct KPIDraft {
    let id: String
    let syntax: KPIDeclaration
    let file: SourceFile
    var label: String
    var stage: Stage?
    var focus: Focus?
    var value: KPIExpression?
    var valueRange: SourceRange?
    var declaredUnit: (Unit, SourceRange)?
    var polarity = Polarity.higher
    var targets: TargetRule?
    var thresholds = Thresholds()
    var owner: String?
    var description: String?
    var breakdowns: [Identifier] = []
    var missing: MissingPolicy
}
