import Foundation
import ScorecardModel
import Testing

@testable import ScorecardEngine
@testable import ScorecardResults

@Suite struct CalendarCivilDaysTests {
    @Test func knownDayNumbers() {
        #expect(CivilDays.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDays.days(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilDays.days(year: 2000, month: 1, day: 1) == 10957)
        #expect(CivilDays.days(year: 2024, month: 3, day: 1) * 86_400 == 1_709_251_200)
        #expect(CivilDays.days(year: 1, month: 1, day: 1) == -719_162)
    }

    @Test func dayNumbersAreConsecutiveAndInvertFrom1600To2400() {
        var expected = CivilDays.days(year: 1600, month: 1, day: 1)
        for year in 1600...2400 {
            for monthNumber in 1...12 {
                for day in 1...Month(year: year, month: monthNumber).daysInMonth {
                    let days = CivilDays.days(year: year, month: monthNumber, day: day)
                    guard days == expected else {
                        Issue.record("\(year)-\(monthNumber)-\(day) is day \(days), expected \(expected)")
                        return
                    }
                    let civil = CivilDays.civil(days: days)
                    guard civil == (year, monthNumber, day) else {
                        Issue.record("day \(days) gives \(civil), expected \(year)-\(monthNumber)-\(day)")
                        return
                    }
                    expected += 1
                }
            }
        }
    }

    @Test func firstOfEveryMonthAgreesWithFoundation() {
        for year in [1900, 1969, 1970, 1999, 2000, 2024, 2025, 2100] {
            for monthNumber in 1...12 {
                let seconds = Int64(Month(year: year, month: monthNumber).firstDayNumber) * 86_400
                let text = isoText(Date(timeIntervalSince1970: TimeInterval(seconds)))
                #expect(text == "\(Month(year: year, month: monthNumber))-01T00:00:00Z")
            }
        }
    }

    @Test func floorDivisionRoundsDown() {
        #expect(CivilDays.floorDivide(-1, 12) == -1)
        #expect(CivilDays.floorDivide(-12, 12) == -1)
        #expect(CivilDays.floorDivide(-13, 12) == -2)
        #expect(CivilDays.floorDivide(13, 12) == 1)
        #expect(CivilDays.floorModulo(-1, 12) == 11)
        #expect(CivilDays.floorModulo(24, 12) == 0)
    }
}
