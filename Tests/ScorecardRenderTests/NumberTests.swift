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
