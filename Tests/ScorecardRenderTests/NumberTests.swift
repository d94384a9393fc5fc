import ScorecardRender
import Testing

/// k/m/b scaling, nice scales and reproducible PDF dates.
@Suite struct NumberTests {
    @Test func compactNumbersScaleWithKMB() {
        let compact = CompactNumber(currency: "EUR")
        #expect(compact.format(1_234_567, unit: .money) == "€1.2m")
        #expect(compact.format(2_500_000_000, unit: .count) == "2.5b")
        #expect(compact.format(-2500, unit: .count) == "−2.5k")
        #expect(compact.format(950, unit: .count) == "950")
        #expect(compact.format(0.384, unit: .percent) == "38%")
        #expect(compact.format(0, unit: .money) == "€0")
        #expect(compact.format(nil, unit: .money) == "n/a")
        #expect(compact.format(.nan, unit: .ratio) == "n/a")
        #expect(!compact.format(12, unit: .count).hasPrefix("+"), "no plus sign outside variances")
    }

    @Test func scalesAreZeroBasedAndNice() {
        let scale = Scale(values: [120, 340], from: 0, to: 100)
        #expect(scale.domain == 0...400)
        #expect(scale.position(200) == 50)
        #expect(Scale(values: [-30, 10], from: 0, to: 1).domain.lowerBound <= -30)
        #expect(Scale(values: [nil, nil], from: 0, to: 1).domain == 0...1)
    }

    @Test func pdfDateFromSourceDateEpochOrPeriodClose() {
        #expect(PDFMetadata.date(sourceDateEpoch: nil, periodEnd: "2026-02") == "2026-02-28T23:59:59Z")
        #expect(PDFMetadata.date(sourceDateEpoch: nil, periodEnd: "2024-12") == "2024-12-31T23:59:59Z")
        #expect(PDFMetadata.date(sourceDateEpoch: "1700000000", periodEnd: "2026-02") == "2023-11-14T22:13:20Z")
        #expect(PDFMetadata.date(sourceDateEpoch: "junk", periodEnd: "2026-02") == "2026-02-28T23:59:59Z")
    }
}

/// Compact k/m/b labels keep their suffixes in every locale, with the locale's decimal separator and currency place.
@Suite struct CompactNumberLocaleTests {
    @Test func compactLabelsInFourLocales() {
        let us = CompactNumber(currency: "USD", locale: "en_US")
        let de = CompactNumber(currency: "EUR", locale: "de_DE")
        let fr = CompactNumber(currency: "EUR", locale: "fr_FR")
        #expect(us.format(1_234_567, unit: .money) == "$1.2m")
        #expect(de.format(1_234_567, unit: .money) == "1,2m\u{A0}€")
        #expect(fr.format(-2_500_000_000, unit: .money) == "−2,5b\u{A0}€")
        #expect(de.format(-2500, unit: .count) == "−2,5k")
        #expect(fr.format(0.384, unit: .percent) == "38\u{A0}%")
        #expect(de.format(0.052, unit: .percent) == "5,2\u{A0}%")
        #expect(de.format(12, unit: .hours) == "12 h")
        #expect(fr.format(0.25, unit: .ratio) == "0,25")
        for compact in [us, de, fr] {
            #expect(compact.format(nil, unit: .money) == "n/a")
            #expect(compact.format(-.infinity, unit: .count) == "n/a")
            #expect(compact.format(950, unit: .count) == "950")
        }
    }
}
