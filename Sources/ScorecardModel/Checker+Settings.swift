import ScorecardLanguage

/// Rule: settings values are valid (E0218).
extension Checker {
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    mutating func checkSettings() {
        guard let declared = settingsDeclarations.first else { return }
        let file = declared.file
        let table = PropertyTable(declared.syntax.properties, repeatable: [], file: file, report: { report($0) })
        if let title = declared.syntax.title?.value { settings.title = title }
        if let organisation = table.string("organisation") { settings.organisation = organisation }
        checkCurrency(table, file: file)
        checkLocale(table, file: file)
        checkFiscalYearStart(table, file: file)
        checkMinGroupSize(table, file: file)
        if let word = table.word("missing") {
            if let policy = checkMissingPolicy(word, file: file) { settings.missing = policy }
        }
        checkRestatementTolerance(table, file: file)
        if let word = table.word("bad_rows") {
            if let policy = BadRowPolicy(rawValue: word.name) {
                settings.badRows = policy
            } else {
                report(
                    Diagnostic(
                        .E0218, "'\(word.name)' is not a bad-row policy", file: file, range: word.range,
                        help:
                            "write `bad_rows stop` (stop with an error, the default) or `bad_rows skip` (leave the rows out and report them)"
                    ))
            }
        }
    }

    private mutating func checkCurrency(_ table: PropertyTable, file: SourceFile) {
        guard case .string(let literal)? = table["currency"]?.value else { return }
        let code = literal.value
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            report(
                Diagnostic(
                    .E0218, "currency '\(code)' is not an ISO 4217 code", file: file, range: literal.range,
                    help: "write a three-letter code such as \"EUR\", \"USD\" or \"GBP\""))
            return
        }
        settings.currency = code
    }

    private mutating func checkLocale(_ table: PropertyTable, file: SourceFile) {
        guard case .string(let literal)? = table["locale"]?.value else { return }
        let locale = literal.value
        let parts = locale.split(separator: "_", omittingEmptySubsequences: false)
        let valid =
            (parts.count == 1 || parts.count == 2) && parts[0].count == 2
            && parts[0].allSatisfy { $0.isASCII && $0.isLowercase }
            && (parts.count == 1 || (parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isUppercase }))
        guard valid else {
            report(
                Diagnostic(
                    .E0218, "locale '\(locale)' is not of the form language_COUNTRY", file: file, range: literal.range,
                    help: "write a locale such as \"en_GB\", \"de_DE\" or \"en\""))
            return
        }
        settings.locale = locale
    }

    private mutating func checkFiscalYearStart(_ table: PropertyTable, file: SourceFile) {
        guard let month = table.word("fiscal_year_start") else { return }
        guard let index = Checker.monthNames.firstIndex(of: month.name.lowercased()) else {
            report(
                Diagnostic(
                    .E0218, "'\(month.name)' is not a month", file: file, range: month.range,
                    help: Suggestion.didYouMean(month.name.lowercased(), among: Checker.monthNames)
                        ?? "write a month name such as april"))
            return
        }
        settings.fiscalYearStart = index + 1
    }

    private mutating func checkMinGroupSize(_ table: PropertyTable, file: SourceFile) {
        guard let property = table["min_group_size"], case .number(let number) = property.value else { return }
        guard let size = Int(number.text), (1...10_000).contains(size) else {
            report(
                Diagnostic(
                    .E0218, "min_group_size must be a whole number from 1 to 10000", file: file, range: number.range))
            return
        }
        settings.minGroupSize = size
    }

    /// `restatement_tolerance 0.01%` or `0.0001`: a fraction from 0 up to (not including) 1.
    private mutating func checkRestatementTolerance(_ table: PropertyTable, file: SourceFile) {
        guard case .amount(let amount, let isPercent)? = table["restatement_tolerance"]?.value else { return }
        let tolerance = isPercent ? amount.value / 100 : amount.value
        guard tolerance >= 0, tolerance < 1 else {
            report(
                Diagnostic(
                    .E0218, "restatement_tolerance must be at least 0 and below 100%", file: file, range: amount.range,
                    help:
                        "write `restatement_tolerance 0.01%` to restate a ratio that moves by more than a hundredth of a percent"
                ))
            return
        }
        settings.restatementTolerance = tolerance
    }

    /// Parses `na` or `zero`, reporting E0218 otherwise.
    mutating func checkMissingPolicy(_ word: Identifier, file: SourceFile) -> MissingPolicy? {
        guard let policy = MissingPolicy(rawValue: word.name) else {
            report(
                Diagnostic(
                    .E0218, "'\(word.name)' is not a missing-data policy", file: file, range: word.range,
                    help: "write `missing na` (show n/a) or `missing zero` (treat as zero)"))
            return nil
        }
        return policy
    }
}
