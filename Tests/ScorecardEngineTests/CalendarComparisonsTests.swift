import Testing

@testable import ScorecardEngine
@testable import ScorecardResults

@Suite struct CalendarComparisonsTests {
    let april = FiscalCalendar(startMonth: 4)

    @Test func monthPeriod() {
        let c = Comparisons(period: .month(month("2026-05")), fiscal: april)
        #expect(c.current == months("2026-05", "2026-05"))
        #expect(c.previous == months("2026-04", "2026-04"))
        #expect(c.lastYear == months("2025-05", "2025-05"))
        #expect(c.yearToDate == months("2026-04", "2026-05"))
        #expect(c.yearToDateLastYear == months("2025-04", "2025-05"))
        #expect(c.trailingTwelveMonths == months("2025-06", "2026-05"))
        #expect(c.trend == months("2025-05", "2026-05").months)
        #expect(c.trend.count == 13 && c.trend.first == month("2025-05") && c.trend.last == month("2026-05"))
        #expect(c.span == months("2025-04", "2026-05"))
    }

    @Test func monthAllRangesAreDistinctAndInStableOrder() {
        let c = Comparisons(period: .month(month("2026-05")), fiscal: april)
        let expected =
            [
                months("2026-05", "2026-05"), months("2026-04", "2026-04"), months("2025-05", "2025-05"),
                months("2026-04", "2026-05"), months("2025-04", "2025-05"), months("2025-06", "2026-05"),
            ] + months("2025-06", "2026-03").months.map { MonthRange($0) }
        #expect(c.allRanges == expected)
        #expect(Set(c.allRanges).count == c.allRanges.count)
        #expect(Comparisons(period: .month(month("2026-05")), fiscal: april).allRanges == c.allRanges)
    }

    @Test func quarterPeriodAcrossAYearBoundary() {
        let c = Comparisons(period: .quarter(year: 2026, quarter: 1), fiscal: april)
        #expect(c.current == months("2026-01", "2026-03"))
        #expect(c.previous == months("2025-10", "2025-12"))
        #expect(c.lastYear == months("2025-01", "2025-03"))
        #expect(c.yearToDate == months("2025-04", "2026-03"))
        #expect(c.yearToDateLastYear == months("2024-04", "2025-03"))
        #expect(c.trailingTwelveMonths == months("2025-04", "2026-03"))
        #expect(c.trend == months("2025-03", "2026-03").months)
        #expect(c.span == months("2024-04", "2026-03"))
        // YTD and TTM coincide at the fiscal year end: listed once.
        #expect(c.allRanges.filter { $0 == months("2025-04", "2026-03") }.count == 1)
        #expect(c.allRanges.count == 6 - 1 + 13)
    }

    @Test func quarterPeriodWithACalendarFiscalYear() {
        let c = Comparisons(period: .quarter(year: 2026, quarter: 2), fiscal: .calendarYear)
        #expect(c.yearToDate == months("2026-01", "2026-06"))
        #expect(c.yearToDateLastYear == months("2025-01", "2025-06"))
        #expect(c.trailingTwelveMonths == months("2025-07", "2026-06"))
    }

    @Test func fiscalYearPeriod() {
        let period = ReportingPeriod.fiscalYear(endingIn: 2026, fiscal: april)
        let c = Comparisons(period: period, fiscal: april)
        #expect(c.current == months("2025-04", "2026-03"))
        #expect(c.previous == months("2024-04", "2025-03"))
        #expect(c.lastYear == c.previous)
        #expect(c.yearToDate == c.current)
        #expect(c.yearToDateLastYear == c.previous)
        #expect(c.trailingTwelveMonths == c.current)
        #expect(c.trend == months("2025-03", "2026-03").months)
        #expect(c.span == months("2024-04", "2026-03"))
        #expect(c.allRanges.prefix(2) == [c.current, c.previous])
        #expect(c.allRanges.count == 2 + 13)
    }

    @Test func spanCoversEveryRangeAndTrendMonth() {
        for text in ["2026-01", "2026-04", "2026-12"] {
            let c = Comparisons(period: .month(month(text)), fiscal: april)
            for range in c.allRanges {
                #expect(c.span.contains(range.first) && c.span.contains(range.last))
            }
            #expect(c.trend.allSatisfy(c.span.contains))
        }
    }
}
