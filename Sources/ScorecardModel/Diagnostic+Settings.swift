import ScorecardLanguage

/// The catalogue of setting-value diagnostics: the scorecard block, a source's time format and lag, a
/// CLV model's options and a KPI's missing-data policy (E0218).
extension Diagnostic {
    /// E0218: a word that is not one of a setting's options, with a suggestion among them.
    static func notOneOf(_ options: [String], _ word: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(word.name)' is not one of \(options.joined(separator: ", "))", file: file, range: word.range,
            help: Suggestion.didYouMean(word.name, among: options))
    }

    /// E0218: a `bad_rows` policy other than stop or skip.
    static func notABadRowPolicy(_ word: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(word.name)' is not a bad-row policy", file: file, range: word.range,
            help:
                "write `bad_rows stop` (stop with an error, the default) or `bad_rows skip` (leave the rows out and report them)"
        )
    }

    /// E0218: a currency that is not a three-letter ISO 4217 code.
    static func notACurrencyCode(_ code: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "currency '\(code)' is not an ISO 4217 code", file: file, range: range,
            help: "write a three-letter code such as \"EUR\", \"USD\" or \"GBP\"")
    }

    /// E0218: a CLV discount outside 0 to 100% a month.
    static func discountOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "the discount must be a monthly rate from 0 to 100%", file: file, range: range,
            help: "write `discount 1%` for a monthly discount rate of one percent")
    }

    /// E0218: a `lag` that is not 0 to 366 days or 0 to 12 months.
    static func lagOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "'lag' must be a whole number of days (0 to 366) or months (0 to 12)", file: file, range: range,
            help: "write `lag 3 days` or `lag 1 month`")
    }

    /// E0218: a locale not of the form `language_COUNTRY`.
    static func notALocale(_ locale: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "locale '\(locale)' is not of the form language_COUNTRY", file: file, range: range,
            help: "write a locale such as \"en_GB\", \"de_DE\" or \"en\"")
    }

    /// E0218: `min_group_size` outside 1 to 10000.
    static func minGroupSizeOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(.E0218, "min_group_size must be a whole number from 1 to 10000", file: file, range: range)
    }

    /// E0218: a missing-data policy other than na or zero.
    static func notAMissingPolicy(_ word: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(word.name)' is not a missing-data policy", file: file, range: word.range,
            help: "write `missing na` (show n/a) or `missing zero` (treat as zero)")
    }

    /// E0218: a `fiscal_year_start` that is not a month name.
    static func notAMonth(_ word: Identifier, months: [String], file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(word.name)' is not a month", file: file, range: word.range,
            help: Suggestion.didYouMean(word.name.lowercased(), among: months) ?? "write a month name such as april")
    }

    /// E0218: a CLV calibration or horizon outside 1 to 120 whole months.
    static func monthsOutOfRange(_ keyword: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(keyword)' must be a whole number of months from 1 to 120", file: file, range: range,
            help: "write `\(keyword) 12 months`")
    }

    /// E0218: a `restatement_tolerance` outside 0 up to 100%.
    static func restatementToleranceOutOfRange(file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "restatement_tolerance must be at least 0 and below 100%", file: file, range: range,
            help:
                "write `restatement_tolerance 0.01%` to restate a ratio that moves by more than a hundredth of a percent"
        )
    }

    /// E0218: a `time_zone` that is not an IANA zone name.
    static func notATimeZone(_ name: String, file: SourceFile, range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(name)' is not a time zone name", file: file, range: range,
            help:
                "write an IANA time zone such as \"Europe/Berlin\", \"America/New_York\" or \"UTC\" (not an abbreviation or an offset)"
        )
    }

    /// E0218: a table name part holding a dot, which would read as a schema and a table.
    static func dotInTableName(_ part: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0218, "a table name cannot contain '.' inside one part: '\(part.name)'", file: file, range: part.range,
            help:
                "write a table in another schema as schema.table, e.g. crm.orders; a table whose own name holds a dot cannot be read"
        )
    }

    /// E0218: a time format other than iso, unix or julian.
    static func notATimeFormat(_ word: Identifier, file: SourceFile) -> Diagnostic {
        Diagnostic(
            .E0218, "'\(word.name)' is not a time format", file: file, range: word.range,
            help: Suggestion.didYouMean(word.name, among: TimeColumn.Format.allCases.map(\.rawValue))
                ?? "write iso, unix or julian")
    }

}
