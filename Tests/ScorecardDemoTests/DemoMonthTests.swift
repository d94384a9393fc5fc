import Foundation
import Testing

@testable import ScorecardDemo

@Suite struct DemoMonthTests {
    @Test(arguments: ["2025-12", "1990-01", "9000-06"])
    func parsesValidMonths(text: String) {
        #expect(DemoMonth(parsing: text)?.description == text)
    }

    @Test(arguments: ["2025-13", "2025-00", "2025-1", "25-01", "2025/01", "2025-01-01", "", "２０２５-01", "-2025-01"])
    func rejectsMalformedMonths(text: String) {
        #expect(DemoMonth(parsing: text) == nil)
    }

    @Test func arithmeticCrossesYears() {
        let month = DemoMonth(year: 2025, month: 1)
        #expect(month.advanced(by: -1) == DemoMonth(year: 2024, month: 12))
        #expect(month.advanced(by: 23) == DemoMonth(year: 2026, month: 12))
        #expect(month.advanced(by: -25) == DemoMonth(year: 2022, month: 12))
        #expect(DemoMonth(year: 2024, month: 2).dayCount == 29)
        #expect(DemoMonth(year: 1900, month: 2).dayCount == 28)
        #expect(DemoMonth(year: 2000, month: 2).dayCount == 29)
    }

    @Test func lastCompleteMonthIsTheMonthBeforeTodayInUTC() {
        // 2026-01-01 00:30 UTC: the last complete month is December 2025.
        #expect(
            DemoMonth.lastCompleteMonth(before: Date(timeIntervalSince1970: 1_767_227_400))
                == DemoMonth(year: 2025, month: 12))
        // 2025-03-31 23:59 UTC.
        #expect(
            DemoMonth.lastCompleteMonth(before: Date(timeIntervalSince1970: 1_743_465_540))
                == DemoMonth(year: 2025, month: 2))
    }

    @Test func civilDatesRoundTripAndFormat() {
        #expect(CivilDate.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.date(CivilDate.dayNumber(year: 2024, month: 2, day: 29)) == "2024-02-29")
        #expect(CivilDate.timestamp(seconds: 1_767_225_599) == "2025-12-31 23:59:59")
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let (year, month, dayOfMonth) = CivilDate.components(day)
            #expect(CivilDate.dayNumber(year: year, month: month, day: dayOfMonth) == day)
        }
    }

    @Test func randomStreamsAreReproducibleAndIndependent() {
        var a = DemoRandom(seed: 1, stream: "orders")
        var b = DemoRandom(seed: 1, stream: "orders")
        var c = DemoRandom(seed: 1, stream: "customers")
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
        var d = DemoRandom(seed: 9, stream: "poisson")
        let mean = (0..<20_000).reduce(0) { total, _ in total + d.poisson(3.5) }
        #expect(abs(Double(mean) / 20_000 - 3.5) < 0.1)
    }
}
