import Foundation
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
        checkTimeZone(table, file: file)
        if let word = table.word("bad_rows") {
            if let policy = BadRowPolicy(rawValue: word.name) {
                settings.badRows = policy
            } else {
                report(.notABadRowPolicy(word, file: file))
            }
        }
    }

    private mutating func checkCurrency(_ table: PropertyTable, file: SourceFile) {
        guard case .string(let literal)? = table["currency"]?.value else { return }
        let code = literal.value
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            report(.notACurrencyCode(code, file: file, range: literal.range))
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
            report(.notALocale(locale, file: file, range: literal.range))
            return
        }
        settings.locale = locale
    }

    private mutating func checkFiscalYearStart(_ table: PropertyTable, file: SourceFile) {
        guard let month = table.word("fiscal_year_start") else { return }
        guard let index = Checker.monthNames.firstIndex(of: month.name.lowercased()) else {
            report(.notAMonth(month, months: Checker.monthNames, file: file))
            return
        }
        settings.fiscalYearStart = index + 1
    }

    private mutating func checkMinGroupSize(_ table: PropertyTable, file: SourceFile) {
        guard let property = table["min_group_size"], case .number(let number) = property.value else { return }
        guard let size = Int(number.text), (1...10_000).contains(size) else {
            report(.minGroupSizeOutOfRange(file: file, range: number.range))
            return
        }
        settings.minGroupSize = size
    }

    /// `restatement_tolerance 0.01%` or `0.0001`: a fraction from 0 up to (not including) 1.
    private mutating func checkRestatementTolerance(_ table: PropertyTable, file: SourceFile) {
        guard case .amount(let amount, let isPercent)? = table["restatement_tolerance"]?.value else { return }
        let tolerance = isPercent ? amount.value / 100 : amount.value
        guard tolerance >= 0, tolerance < 1 else {
            report(.restatementToleranceOutOfRange(file: file, range: amount.range))
            return
        }
        settings.restatementTolerance = tolerance
    }

    /// `time_zone "Europe/Berlin"`: an IANA zone name, or `UTC`.
    ///
    /// Abbreviations (`PST`, `CET`) and offsets (`GMT+1`, which POSIX and PostgreSQL read as one
    /// hour west of Greenwich) are refused: they are ambiguous. `Etc/GMT+1` is IANA's own name.
    private mutating func checkTimeZone(_ table: PropertyTable, file: SourceFile) {
        guard let property = table["time_zone"], case .string(let literal) = property.value else { return }
        let name = literal.value
        let abbreviation = name != "UTC" && name != "GMT" && TimeZone.abbreviationDictionary[name] != nil
        let offset =
            !name.hasPrefix("Etc/") && name.contains { $0 == "+" || $0 == "-" } && name.contains(where: \.isNumber)
        guard name == "UTC" || (TimeZone(identifier: name) != nil && !abbreviation && !offset) else {
            report(.notATimeZone(name, file: file, range: literal.range))
            return
        }
        settings.timeZone = name
        settings.timeZoneLocation = Location(file, literal.range)
    }

    /// Parses `na` or `zero`, reporting E0218 otherwise.
    mutating func checkMissingPolicy(_ word: Identifier, file: SourceFile) -> MissingPolicy? {
        guard let policy = MissingPolicy(rawValue: word.name) else {
            report(.notAMissingPolicy(word, file: file))
            return nil
        }
        return policy
    }
}
