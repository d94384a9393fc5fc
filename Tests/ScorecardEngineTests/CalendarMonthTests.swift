import Foundation
import Testing

@testable import ScorecardEngine
@testable import ScorecardResults

@Suite struct CalendarMonthTests {
    @Test func advancingCrossesYearBoundariesBothWays() {
        let january = Month(year: 2026, month: 1)
        #expect(january.advanced(by: -1) == Month(year: 2025, month: 12))
        #expect(january.advanced(by: -12) == Month(year: 2025, month: 1))
        #expect(january.advanced(by: -13) == Month(year: 2024, month: 12))
        #expect(january.advanced(by: -25) == Month(year: 2023, month: 12))
        #expect(january.advanced(by: 0) == january)
        #expect(Month(year: 2025, month: 12).advanced(by: 1) == january)
        #expect(Month(year: 2026, month: 11).advanced(by: 14) == Month(year: 2028, month: 1))
        #expect(Month(year: 1, month: 1).advanced(by: -1) == Month(year: 0, month: 12))
        #expect(Month(year: 0, month: 1).advanced(by: -1) == Month(year: -1, month: 12))
    }

    @Test func advancingAndDistanceAreInverse() {
        let start = Month(year: 2026, month: 3)
        for n in -40...40 {
            #expect(start.distance(to: start.advanced(by: n)) == n)
            #expect(start.advanced(by: n).advanced(by: -n) == start)
        }
    }

    @Test(arguments: [
        (2024, 29), (2023, 28), (1900, 28), (2000, 29), (2100, 28), (2400, 29), (1996, 29), (0, 29),
    ])
    func februaryHasTwentyNineDaysOnlyInLeapYears(year: Int, days: Int) {
        #expect(Month(year: year, month: 2).daysInMonth == days)
    }

    @Test func otherMonthsHaveTheirFixedLengths() {
        let lengths = (1...12).map { Month(year: 2025, month: $0).daysInMonth }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(lengths.reduce(0, +) == 365)
        #expect((1...12).map { Month(year: 2024, month: $0).daysInMonth }.reduce(0, +) == 366)
    }

    @Test func parsingAcceptsOnlyYYYYDashMM() {
        #expect(Month(parsing: "2026-04") == Month(year: 2026, month: 4))
        #expect(Month(parsing: "0999-12") == Month(year: 999, month: 12))
        for bad in [
            "2026-13", "2026-00", "2026-4", "26-04", "2026/04", "2026-04-01", " 2026-04", "2026-Q1", "+026-04", "",
        ] {
            #expect(Month(parsing: bad) == nil, "\(bad) should not parse")
        }
    }

    @Test func descriptionIsZeroPaddedAndRoundTrips() {
        #expect(Month(year: 2026, month: 4).description == "2026-04")
        #expect(Month(year: 987, month: 11).description == "0987-11")
        for text in ["2026-04", "2025-12", "0001-01"] {
            #expect(Month(parsing: text)?.description == text)
        }
    }

    @Test func monthsOrderChronologically() {
        #expect(Month(year: 2025, month: 12) < Month(year: 2026, month: 1))
        #expect(Month(year: 2026, month: 2) < Month(year: 2026, month: 10))
        #expect(!(Month(year: 2026, month: 1) < Month(year: 2026, month: 1)))
        let shuffled = ["2026-10", "2025-12", "2026-02", "2024-12"].map(month)
        #expect(shuffled.sorted().map(\.description) == ["2024-12", "2025-12", "2026-02", "2026-10"])
    }

    @Test func containingUsesUTC() {
        #expect(Month.containing(utc("2024-02-29T23:59:59Z")) == Month(year: 2024, month: 2))
        #expect(Month.containing(utc("2024-03-01T00:00:00Z")) == Month(year: 2024, month: 3))
        #expect(Month.containing(utc("2025-12-31T23:59:59Z")) == Month(year: 2025, month: 12))
        #expect(Month.containing(Date(timeIntervalSince1970: 0)) == Month(year: 1970, month: 1))
        #expect(Month.containing(Date(timeIntervalSince1970: -0.5)) == Month(year: 1969, month: 12))
        #expect(Month.containing(utc("1900-03-01T12:00:00Z")) == Month(year: 1900, month: 3))
    }

    @Test func quarterOfEachMonth() {
        #expect((1...12).map { Month(year: 2026, month: $0).quarter } == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
        #expect(month("2026-05").firstMonthOfQuarter == month("2026-04"))
        #expect(month("2026-12").firstMonthOfQuarter == month("2026-10"))
    }

    @Test func codableUsesTheYYYYMMString() throws {
        let data = try JSONEncoder().encode([month("2026-04")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-04"]"#)
        #expect(try JSONDecoder().decode([Month].self, from: data) == [month("2026-04")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Month].self, from: Data(#"["2026-13"]"#.utf8)) }
    }
}

@Suite struct CalendarMonthRangeTests {
    @Test func monthsCountShiftAndContains() {
        let range = months("2025-11", "2026-02")
        #expect(range.count == 4)
        #expect(range.months.map(\.description) == ["2025-11", "2025-12", "2026-01", "2026-02"])
        #expect(range.shifted(byMonths: -12) == months("2024-11", "2025-02"))
        #expect(range.shifted(byMonths: 3) == months("2026-02", "2026-05"))
        #expect(
            range.contains(month("2025-11")) && range.contains(month("2026-02")) && range.contains(month("2025-12")))
        #expect(!range.contains(month("2025-10")) && !range.contains(month("2026-03")))
        #expect(MonthRange(month("2026-04")).months == [month("2026-04")])
        #expect(range.description == "2025-11..2026-02")
    }

    @Test func codableRoundTripsAndRejectsBackwardsRanges() throws {
        let range = months("2025-04", "2026-03")
        let data = try JSONEncoder().encode(range)
        #expect(try JSONDecoder().decode(MonthRange.self, from: data) == range)
        let backwards = Data(#"{"first":"2026-03","last":"2025-04"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MonthRange.self, from: backwards) }
    }
}
