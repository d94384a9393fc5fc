import ScorecardLanguage

/// Rule: dimensions are row expressions over known sources (E0202, E0214).
extension Checker {
    mutating func checkDimensions() {
        for (name, declared) in dimensionDeclarations.sorted(by: { $0.key < $1.key }) {
            let syntax = declared.syntax
            let scope = RowScope(owner: "dimension '\(name)'")
            guard let expression = rowExpression(syntax.expression, scope: scope, file: declared.file) else { continue }
            guard !expression.aliases.isEmpty else {
                report(
                    Diagnostic(
                        .E0216, "dimension '\(name)' reads no column", file: declared.file,
                        range: syntax.expression.range,
                        help: "a dimension is a column such as regions.name"))
                continue
            }
            dimensions[name] = Dimension(
                name: name, label: syntax.label?.value ?? Checker.humanLabel(name), expression: expression,
                location: Location(declared.file, syntax.name.range))
        }
    }

    /// `customer_segment` → "Customer segment".
    static func humanLabel(_ identifier: String) -> String {
        let words = identifier.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
