import Foundation
import ScorecardEngine
import ScorecardModel
import Testing

/// Numbers, currencies, percents, periods and dates for people in en_GB, en_US, de_DE and fr_FR.
@Suite struct LocaleFormattingTests {
    /// How each tested locale writes numbers: thousands separator, decimal separator, where "€" goes.
    struct Convention: Sendable, CustomStringConvertible {
        let locale: String
        let grouping: String
        let decimal: String
        let euroBefore: Bool
        var description: String { locale }
    }

    static let conventions = [
        Convention(locale: "en_GB", grouping: ",", decimal: ".", euroBefore: true),
        Convention(locale: "en_US", grouping: ",", decimal: ".", euroBefore: true),
        Convention(locale: "de_DE", grouping: ".", decimal: ",", euroBefore: false),
        Convention(locale: "fr_FR", grouping: "\u{202F}", decimal: ",", euroBefore: false),
    ]

    @Test func examplesInEachLocale() {
        let gb = ValueFormatter(currency: "EUR", locale: "en_GB")
        let de = ValueFormatter(currency: "EUR", locale: "de_DE")
        let fr = ValueFormatter(currency: "EUR", locale: "fr_FR")
        let us = ValueFormatter(currency: "USD", locale: "en_US")
        #expect(gb.format(1_234_567.8, unit: .money) == "€1,234,568")
        #expect(de.format(1_234_567.8, unit: .money) == "1.234.568\u{A0}€")
        #expect(fr.format(1_234_567.8, unit: .money) == "1\u{202F}234\u{202F}568\u{A0}€")
        #expect(us.format(-45.5, unit: .money) == "−$45.50")
        #expect(de.format(-45.5, unit: .money) == "−45,50\u{A0}€")
        #expect(gb.format(0.384, unit: .percent) == "38.4%")
        #expect(de.format(0.384, unit: .percent) == "38,4\u{A0}%")
        #expect(fr.format(0.384, unit: .percent) == "38,4\u{A0}%")
        #expect(de.formatVariance(-0.0125, unit: .percent) == "−1,3 pp")
        #expect(fr.formatRelative(0.042) == "+4,2\u{A0}%")
        #expect(us.formatRelative(-0.042) == "−4.2%")
        #expect(de.format(12.25, unit: .hours) == "12,3 h")
        for formatter in [gb, de, fr, us] {
            #expect(formatter.format(nil, unit: .money) == "n/a")
            #expect(formatter.format(.nan, unit: .ratio) == "n/a")
            #expect(formatter.formatRelative(nil) == "n/a")
            let tiny = formatter.formatVariance(-0.001, unit: .money)
            #expect(
                !tiny.hasPrefix("−") && !tiny.hasPrefix("+")
                    && tiny.contains("0\(formatter.number(0, decimals: 2).suffix(3))"),
                "a variance that rounds to zero has no sign: \(tiny)")
        }
    }

    /// Random values in every unit read back, with the locale's separators undone, as the value rounded independently.
    @Test(arguments: conventions)
    func formattedNumbersReadBackAsTheRoundedValue(convention: Convention) throws {
        let formatter = ValueFormatter(currency: "EUR", locale: convention.locale)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let value =
                Double.random(in: -5e7...5e7, using: &generator)
                / pow(10, Double.random(in: 0...6, using: &generator).rounded())
            for unit in [ScorecardModel.Unit.money, .count, .ratio, .points, .percent] {
                let text = formatter.format(value, unit: unit)
                let decimals = ValueFormatter.decimals(value, unit: unit)
                let shown = unit == .percent ? value * 100 : value
                let read = try #require(Self.read(text, convention), "\(text) is not a number in \(convention.locale)")
                let expected =
                    (abs(shown) * pow(10, Double(decimals))).rounded(.toNearestOrAwayFromZero)
                    / pow(10, Double(decimals))
                #expect(abs(abs(read) - expected) <= 1e-9 * max(1, expected), "\(value) as \(unit): \(text)")
                #expect(
                    (read < 0) == (text.hasPrefix("−")) && (expected == 0 || (value < 0) == text.hasPrefix("−")),
                    "\(value) as \(text)")
                let fractionDigits =
                    text.split(separator: Character(convention.decimal)).dropFirst().first.map {
                        $0.prefix { $0.isNumber }.count
                    } ?? 0
                #expect(fractionDigits == decimals, "\(text) shows \(fractionDigits) decimals, not \(decimals)")
                if unit == .money {
                    #expect(text.hasPrefix(text.hasPrefix("−") ? "−€" : "€") == convention.euroBefore, "\(text)")
                    #expect(text.hasSuffix("\u{A0}€") == !convention.euroBefore, "\(text)")
                }
            }
        }
    }

    @Test func periodsAsPeopleSayThem() {
        let gb = ValueFormatter(currency: "EUR", locale: "en_GB")
        let de = ValueFormatter(currency: "EUR", locale: "de_DE")
        let fr = ValueFormatter(currency: "EUR", locale: "fr_FR")
        let us = ValueFormatter(currency: "USD", locale: "en_US")
        #expect(gb.period(grain: "month", start: "2026-10", end: "2026-10") == "October 2026")
        #expect(us.period(grain: "month", start: "2026-10", end: "2026-10") == "October 2026")
        #expect(de.period(grain: "month", start: "2026-10", end: "2026-10") == "Oktober 2026")
        #expect(fr.period(grain: "month", start: "2026-02", end: "2026-02") == "février 2026")
        #expect(gb.period(grain: "quarter", start: "2026-10", end: "2026-12") == "Q4 2026")
        #expect(de.period(grain: "quarter", start: "2026-01", end: "2026-03") == "Q1 2026")
        #expect(fr.period(grain: "quarter", start: "2026-07", end: "2026-09") == "T3 2026")
        #expect(gb.period(grain: "year", start: "2026-04", end: "2027-03") == "FY2026/27")
        #expect(de.period(grain: "year", start: "1999-07", end: "2000-06") == "FY1999/00")
        #expect(us.period(grain: "year", start: "2026-01", end: "2026-12") == "2026")
        #expect(gb.monthAbbreviation("2026-10") == "Oct")
        #expect(de.monthAbbreviation("2026-10") == "Okt")
        #expect(gb.month("not a month") == "not a month")
    }

    @Test func datesAndTimesInUTC() {
        let close = Date(timeIntervalSince1970: 1_780_271_999)  // 2026-05-31T23:59:59Z
        #expect(ValueFormatter(currency: "EUR", locale: "en_GB").day(close) == "31 May 2026")
        #expect(ValueFormatter(currency: "EUR", locale: "en_US").day(close) == "May 31, 2026")
        #expect(ValueFormatter(currency: "EUR", locale: "de_DE").day(close) == "31. Mai 2026")
        #expect(ValueFormatter(currency: "EUR", locale: "fr_FR").day(close) == "31 mai 2026")
        #expect(ValueFormatter(currency: "EUR", locale: "de_DE").dateTime(close).hasSuffix("23:59 UTC"))
    }

    /// The number a formatted text shows, read with only the locale's separators known.
    static func read(_ text: String, _ convention: Convention) -> Double? {
        var digits = ""
        for character in text {
            if character.isNumber {
                digits.append(character)
            } else if String(character) == convention.decimal {
                digits.append(".")
            } else if character == "−" {
                digits.append("-")
            }
        }
        return Double(digits)
    }
}
