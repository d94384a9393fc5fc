import ScorecardLanguage

/// Rule: a CLV model names a source with a time column, its customer and amount (E0206, E0202),
/// and valid settings (E0218).
extension Checker {
    static let requiredModelProperties = ["source", "customer", "amount"]

    mutating func checkModels() {
        for (name, declared) in modelDeclarations.sorted(by: { $0.key < $1.key }) {
            if let model = checkModel(name, declared.syntax, file: declared.file) { clvModels[name] = model }
        }
    }

    private mutating func checkModel(_ name: String, _ syntax: ModelDeclaration, file: SourceFile) -> CLVModel? {
        let table = PropertyTable(syntax.properties, repeatable: [], file: file, report: { report($0) })
        let missing = Checker.requiredModelProperties.filter { table[$0] == nil }
        guard missing.isEmpty else {
            report(.modelMissingProperties(missing, model: syntax.name, file: file))
            return nil
        }
        guard let sourceWord = table.word("source") else { return nil }
        guard let source = sources[sourceWord.name] else {
            if sourceDeclarations[sourceWord.name] == nil {
                report(.unknownSource(sourceWord, among: Array(sourceDeclarations.keys), file: file))
            }
            return nil
        }
        guard source.time != nil else {
            report(.modelSourceHasNoTime(sourceWord, model: name, file: file))
            return nil
        }
        let scope = RowScope(root: source.name, aliases: source.joins, defaultAlias: source.name)
        guard let customerSyntax = table.expression("customer"), let amountSyntax = table.expression("amount"),
            let customer = rowExpression(customerSyntax, scope: scope, file: file),
            let amount = rowExpression(amountSyntax, scope: scope, file: file)
        else { return nil }
        guard let unit = choice(table.word("unit"), default: CLVModel.TimeUnit.week, file: file),
            let fit = choice(table.word("fit"), default: CLVModel.Fit.bgnbd, file: file),
            let calibration = months(table["calibration"], default: 24, file: file),
            let horizon = months(table["horizon"], default: 12, file: file),
            let discount = discount(table["discount"], file: file)
        else { return nil }
        return CLVModel(
            name: name, label: syntax.label?.value ?? Checker.humanLabel(name), source: source.name, customer: customer,
            amount: amount, timeUnit: unit, calibrationMonths: calibration, fit: fit, horizonMonths: horizon,
            monthlyDiscount: discount, location: Location(file, syntax.name.range))
    }

    /// One of an enumeration's raw values, or E0218 with a suggestion.
    private mutating func choice<T: RawRepresentable & CaseIterable>(
        _ word: Identifier?, default value: T, file: SourceFile
    ) -> T?
    where T.RawValue == String {
        guard let word else { return value }
        guard let parsed = T(rawValue: word.name) else {
            report(.notOneOf(T.allCases.map(\.rawValue), word, file: file))
            return nil
        }
        return parsed
    }

    /// `12 months`: a whole number of months from 1 to 120.
    private mutating func months(_ property: Property?, default value: Int, file: SourceFile) -> Int? {
        guard let property else { return value }
        guard case .span(let count, let unit) = property.value else { return nil }
        guard let months = Int(count.text), (1...120).contains(months), unit.name == "months" || unit.name == "month"
        else {
            report(.monthsOutOfRange(property.keyword.name, file: file, range: property.range))
            return nil
        }
        return months
    }

    /// A monthly discount rate from 0 to 100%.
    private mutating func discount(_ property: Property?, file: SourceFile) -> Double? {
        guard let property else { return 0.01 }
        guard case .amount(let amount, let isPercent) = property.value else { return nil }
        let rate = isPercent ? amount.value / 100 : amount.value
        guard rate >= 0, rate < 1 else {
            report(.discountOutOfRange(file: file, range: amount.range))
            return nil
        }
        return rate
    }
}
