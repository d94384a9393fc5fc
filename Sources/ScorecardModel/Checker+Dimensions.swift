import ScorecardLanguage

/// Rule: dimensions are row expressions over known sources (E0202, E0214).
extension Checker {
    mutating func checkDimensions() {
        for (name, declared) in dimensionDeclarations.sorted(by: { $0.key < $1.key }) {
            let syntax = declared.syntax
            guard let expression = rowExpression(syntax.expression, scope: .folder, file: declared.file) else {
                continue
            }
            guard !expression.aliases.isEmpty else {
                report(.dimensionReadsNoColumn(name, file: declared.file, range: syntax.expression.range))
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
