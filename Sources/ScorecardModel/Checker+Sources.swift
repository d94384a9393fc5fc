import ScorecardLanguage

/// Rule: sources have a table and a key (E0206), a valid time format, and row filters over their own columns.
extension Checker {
    /// The basic facts of a source before its joins are resolved.
    struct SourceBasics {
        let name: String
        let table: String
        let key: String?
        let time: TimeColumn?
        let file: SourceFile
        let declaration: SourceDeclaration
    }

    mutating func checkSources() {
        var basics: [String: SourceBasics] = [:]
        for (name, declared) in sourceDeclarations.sorted(by: { $0.key < $1.key }) {
            if let facts = sourceBasics(declared) { basics[name] = facts }
        }
        for (name, facts) in basics.sorted(by: { $0.key < $1.key }) {
            let (joins, ambiguous) = resolveJoins(of: facts, all: basics)
            checkTimeAlias(facts, joins: joins)
            let table = PropertyTable(
                facts.declaration.properties, repeatable: ["join"], file: facts.file, report: { _ in })
            let scope = RowScope(root: name, aliases: joins, defaultAlias: name)
            let filter = table.expression("where").flatMap { rowExpression($0, scope: scope, file: facts.file) }
            let optOut = table.expression("opt_out").flatMap { rowExpression($0, scope: scope, file: facts.file) }
            let customer = table.expression("customer").flatMap { rowExpression($0, scope: scope, file: facts.file) }
            sources[name] = Source(
                name: name, table: facts.table, key: facts.key, time: facts.time,
                customer: customer, filter: filter,
                optOut: optOut, joins: joins, ambiguousJoins: ambiguous,
                lag: lag(table["lag"], hasTime: facts.time != nil, file: facts.file),
                location: Location(facts.file, facts.declaration.name.range))
        }
    }

    /// `lag 3 days` or `lag 1 month`: a whole number of days (0 to 366) or months (0 to 12).
    private mutating func lag(_ property: Property?, hasTime: Bool, file: SourceFile) -> DataLag? {
        guard let property, case .span(let count, let unitWord) = property.value else { return nil }
        guard hasTime else {
            report(.lagWithoutTime(file: file, range: property.range))
            return nil
        }
        let unit = DataLag.Unit(rawValue: unitWord.name) ?? DataLag.Unit(rawValue: unitWord.name + "s")
        let limit = unit == .months ? 12 : 366
        guard let unit, let value = Int(count.text), (0...limit).contains(value) else {
            report(.lagOutOfRange(file: file, range: property.range))
            return nil
        }
        return DataLag(count: value, unit: unit)
    }

    /// A table name's parts may not contain a dot: `crm.orders` is the table `orders` in the schema
    /// `crm`, so a dot inside one part (`` `crm.orders` ``) could not be told apart (E0218).
    mutating func checkTableName(_ name: TableNameSyntax, file: SourceFile) -> Bool {
        let parts = [name.schema, name.table].compactMap { $0 }
        guard let dotted = parts.first(where: { $0.name.contains(".") }) else { return true }
        report(.dotInTableName(dotted, file: file))
        return false
    }

    /// A time column of a joined source must name a source this one joins.
    private mutating func checkTimeAlias(_ facts: SourceBasics, joins: [String: JoinPath]) {
        guard let alias = facts.time?.alias, joins[alias] == nil,
            case .time(let column, _)? = facts.declaration.properties.first(where: { $0.keyword.name == "time" })?.value
        else { return }
        report(.aliasNotJoined(alias, bySource: facts.name, file: facts.file, range: column[0].range))
    }

    private mutating func sourceBasics(_ declared: Declared<SourceDeclaration>) -> SourceBasics? {
        let syntax = declared.syntax
        let file = declared.file
        let table = PropertyTable(syntax.properties, repeatable: ["join"], file: file, report: { report($0) })
        guard let tableName = table.tableName("table") else {
            report(.sourceHasNoTable(syntax.name, file: file))
            return nil
        }
        guard checkTableName(tableName, file: file) else { return nil }
        var time: TimeColumn?
        if case .time(let column, let formatWord)? = table["time"]?.value {
            var format = TimeColumn.Format.iso
            if let formatWord {
                guard let parsed = TimeColumn.Format(rawValue: formatWord.name) else {
                    report(.notATimeFormat(formatWord, file: file))
                    return nil
                }
                format = parsed
            }
            let alias = column.count == 2 ? column[0].name : nil
            time = TimeColumn(alias: alias, column: column[column.count - 1].name, format: format)
        }
        return SourceBasics(
            name: syntax.name.name, table: tableName.name, key: table.word("key")?.name, time: time,
            file: file, declaration: syntax)
    }
}
