import Testing

@testable import ScorecardEngine
@testable import ScorecardResults

@Suite struct CalendarFiscalTests {
    let april = FiscalCalendar(startMonth: 4)
    let january = FiscalCalendar.calendarYear

    @Test func aprilFiscalYearContainingAMonth() {
        #expect(april.fiscalYear(containing: month("2026-03")) == months("2025-04", "2026-03"))
        #expect(april.fiscalYearNumber(containing: month("2026-03")) == 2026)
        #expect(april.fiscalYear(containing: month("2026-04")) == months("2026-04", "2027-03"))
        #expect(april.fiscalYearNumber(containing: month("2026-04")) == 2027)
        #expect(april.fiscalYear(containing: month("2025-12")) == months("2025-04", "2026-03"))
        #expect(april.fiscalYear(endingIn: 2026) == months("2025-04", "2026-03"))
    }

    @Test func aprilYearToDate() {
        #expect(april.yearToDate(through: month("2026-05")) == months("2026-04", "2026-05"))
        #expect(april.yearToDate(through: month("2026-04")) == months("2026-04", "2026-04"))
        #expect(april.yearToDate(through: month("2026-03")) == months("2025-04", "2026-03"))
        #expect(april.yearToDate(through: month("2026-01")) == months("2025-04", "2026-01"))
    }

    @Test func januaryIsTheCalendarYear() {
        #expect(january.startMonth == 1)
        #expect(january.fiscalYear(containing: month("2026-01")) == months("2026-01", "2026-12"))
        #expect(january.fiscalYear(containing: month("2026-12")) == months("2026-01", "2026-12"))
        #expect(january.fiscalYearNumber(containing: month("2026-07")) == 2026)
        #expect(january.fiscalYear(endingIn: 2026) == months("2026-01", "2026-12"))
        #expect(january.yearToDate(through: month("2026-01")) == months("2026-01", "2026-01"))
        #expect(january.yearToDate(through: month("2026-05")) == months("2026-01", "2026-05"))
    }

    @Test(arguments: 1...12)
    func everyStartMonthGivesTwelveMonthsContainingTheMonthAndEndingInTheNamedYear(start: Int) {
        let fiscal = FiscalCalendar(startMonth: start)
        for monthInYear in MonthRange(first: month("2025-01"), last: month("2026-12")).months {
            let year = fiscal.fiscalYear(containing: monthInYear)
            #expect(year.count == 12)
            #expect(year.contains(monthInYear))
            #expect(year.first.month == start)
            #expect(fiscal.fiscalYear(endingIn: year.last.year) == year)
            #expect(fiscal.yearToDate(through: monthInYear).last == monthInYear)
        }
    }
}
