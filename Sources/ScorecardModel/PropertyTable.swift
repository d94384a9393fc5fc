import ScorecardLanguage

/// The properties of one block by keyword, reporting repeated single-valued properties (E0205).
struct PropertyTable {
    private var byKeyword: [String: [Property]] = [:]

    init(_ properties: [Property], repeatable: Set<String>, file: SourceFile, report: (Diagnostic) -> Void) {
        for property in properties {
            let keyword = property.keyword.name
            if let first = byKeyword[keyword]?.first, !repeatable.contains(keyword) {
                report(.duplicateProperty(property.keyword, first: first.keyword.range, file: file))
                continue
            }
            byKeyword[keyword, default: []].append(property)
        }
    }

    /// The first property with a keyword.
    subscript(_ keyword: String) -> Property? { byKeyword[keyword]?.first }

    /// Every property with a keyword, in source order.
    func all(_ keyword: String) -> [Property] { byKeyword[keyword] ?? [] }

    /// The string value of a property.
    func string(_ keyword: String) -> String? {
        if case .string(let literal)? = self[keyword]?.value { return literal.value }
        return nil
    }

    /// The word value of a property.
    func word(_ keyword: String) -> Identifier? {
        if case .word(let identifier)? = self[keyword]?.value { return identifier }
        return nil
    }

    /// The table name value of a property (`orders` or `crm.orders`).
    func tableName(_ keyword: String) -> TableNameSyntax? {
        if case .tableName(let name)? = self[keyword]?.value { return name }
        return nil
    }

    /// The expression value of a property.
    func expression(_ keyword: String) -> Expression? {
        if case .expression(let expression)? = self[keyword]?.value { return expression }
        return nil
    }
}
