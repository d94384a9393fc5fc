import ScorecardLanguage

/// A layout-free dump of a syntax tree: equal dumps mean equal meaning, whatever the spacing.
public enum SyntaxDump {
    public static func dump(_ tree: SyntaxTree) -> String {
        tree.declarations.map { dump($0, tree.file) }.joined(separator: "\n")
    }

    static func dump(_ declaration: Declaration, _ file: SourceFile) -> String {
        switch declaration {
        case .settings(let d): "settings \(d.title?.value ?? "") \(d.properties.map { dump($0, file) })"
        case .source(let d): "source \(d.name.name) \(d.properties.map { dump($0, file) })"
        case .dimension(let d): "dimension \(d.name.name) \(d.label?.value ?? "") \(dump(d.expression, file))"
        case .measure(let d):
            "measure \(d.name.name):\(d.unit?.name ?? "") \(dump(d.expression, file)) from \(d.source?.name ?? "-") where \(d.filter.map { dump($0, file) } ?? "-")"
        case .kpi(let d): "kpi \(d.name.name) \(d.label?.value ?? "") \(d.properties.map { dump($0, file) })"
        case .model(let d): "model \(d.name.name) \(d.label?.value ?? "") \(d.properties.map { dump($0, file) })"
        }
    }

    static func dump(_ property: Property, _ file: SourceFile) -> String {
        let value: String
        switch property.value {
        case .expression(let expression): value = dump(expression, file)
        default: value = tokens(in: property.range, file, skipping: property.keyword.range)
        }
        return "\(property.keyword.name)=\(value)"
    }

    /// The property's text with all whitespace removed (values other than expressions are token lists).
    static func tokens(in range: SourceRange, _ file: SourceFile, skipping keyword: SourceRange) -> String {
        file.text(in: SourceRange(keyword.end, range.end)).filter { !$0.isWhitespace }
    }

    static func dump(_ expression: Expression, _ file: SourceFile) -> String {
        switch expression.kind {
        case .number(let n): n.text
        case .percent(let n): n.text + "%"
        case .string(let s): "'\(s.value)'"
        case .keyword(let k): k
        case .name(let path): path.map(\.name).joined(separator: ".")
        case .call(let name, let arguments): "\(name.name)(\(arguments.map { dump($0, file) }.joined(separator: ",")))"
        case .unary(let op, let operand): "(\(op) \(dump(operand, file)))"
        case .binary(let op, let lhs, let rhs): "(\(dump(lhs, file)) \(op) \(dump(rhs, file)))"
        case .isNull(let operand, let negated): "(\(dump(operand, file)) is\(negated ? " not" : "") null)"
        case .inList(let operand, let items, let negated):
            "(\(dump(operand, file))\(negated ? " not" : "") in [\(items.map { dump($0, file) }.joined(separator: ","))])"
        case .parenthesized(let inner): "[\(dump(inner, file))]"
        case .invalid: "<invalid>"
        }
    }
}
