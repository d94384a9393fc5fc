import Foundation
import Testing

@testable import ScorecardEngine
@testable import ScorecardResults

@Suite struct CalendarReportingPeriodTests {
    @Test func monthLabelsAndNeighbours() {
        let january = ReportingPeriod.month(month("2026-01"))
        #expect(january.label == "2026-01" && january.grain == .month)
        #expect(january.previous == .month(month("2025-12")))
        #expect(january.previous.label == "2025-12")
        #expect(january.sameLastYear.label == "2025-01")
    }

    @Test func quarterLabelsAndPreviousAcrossYears() {
        let q1 = ReportingPeriod.quarter(year: 2026, quarter: 1)
        #expect(q1.label == "2026-Q1")
        #expect(q1.range == months("2026-01", "2026-03"))
        #expect(q1.previous.label == "2025-Q4")
        #expect(q1.previous.range == months("2025-10", "2025-12"))
        #expect(q1.sameLastYear.label == "2025-Q1")
        #expect(q1.sameLastYear.range == months("2025-01", "2025-03"))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 4).label == "2026-Q4")
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 4).range == months("2026-10", "2026-12"))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 3).previous.label == "2026-Q2")
    }

    @Test func fiscalYearLabelsNameTheYearItEndsIn() {
        let fy2026 = ReportingPeriod.fiscalYear(endingIn: 2026, fiscal: FiscalCalendar(startMonth: 4))
        #expect(fy2026.label == "FY2026")
        #expect(fy2026.range == months("2025-04", "2026-03"))
        #expect(fy2026.previous.label == "FY2025")
        #expect(fy2026.previous.range == months("2024-04", "2025-03"))
        #expect(fy2026.sameLastYear == fy2026.previous)
    }

    @Test func calendarYearLabelIsThePlainYear() {
        let year = ReportingPeriod.fiscalYear(endingIn: 2026, fiscal: .calendarYear)
        #expect(year.label == "2026")
        #expect(year.range == months("2026-01", "2026-12"))
        #expect(year.previous.label == "2025")
        #expect(year.sameLastYear.label == "2025")
    }
}

@Suite struct CalendarPeriodParserTests {
    let today = utc("2026-05-20T10:00:00Z")

    func parse(_ text: String, fiscalYearStart: Int = 4, today: Date? = nil) throws -> ReportingPeriod {
        try PeriodParser.parse(text, fiscalYearStart: fiscalYearStart, today: today ?? self.today)
    }

    @Test func absoluteForms() throws {
        #expect(try parse("2026-10") == .month(month("2026-10")))
        #expect(try parse("2026-Q4") == .quarter(year: 2026, quarter: 4))
        #expect(try parse("2026-q1").label == "2026-Q1")
        #expect(try parse("FY2026").range == months("2025-04", "2026-03"))
        #expect(try parse("FY2026").label == "FY2026")
        #expect(try parse("fy2027").range == months("2026-04", "2027-03"))
        #expect(try parse(" 2026-10 ").label == "2026-10")
    }

    @Test func plainYearIsTheCalendarYearOnlyWithAJanuaryStart() throws {
        let calendarYear = try parse("2026", fiscalYearStart: 1)
        #expect(calendarYear.range == months("2026-01", "2026-12"))
        #expect(calendarYear.label == "2026")
        #expect(calendarYear.grain == .year)
        #expect(try parse("FY2026", fiscalYearStart: 1) == calendarYear)
        let fiscalYear = try parse("2026", fiscalYearStart: 4)
        #expect(fiscalYear.range == months("2025-04", "2026-03"))
        #expect(fiscalYear.label == "FY2026")
        #expect(try parse("2026", fiscalYearStart: 7).range == months("2025-07", "2026-06"))
    }

    @Test func lastMonthIsTheLastCompleteMonth() throws {
        #expect(try parse("last-month", today: utc("2026-01-15T12:00:00Z")).label == "2025-12")
        #expect(try parse("last-month", today: utc("2026-03-01T00:00:00Z")).label == "2026-02")
        #expect(try parse("last-month", today: utc("2026-02-28T23:59:59Z")).label == "2026-01")
        #expect(try parse("last-month", today: utc("2024-03-01T00:00:00Z")).range == months("2024-02", "2024-02"))
    }

    @Test func lastQuarterIsTheLastCompleteCalendarQuarter() throws {
        #expect(try parse("last-quarter", today: utc("2026-04-01T00:00:00Z")).label == "2026-Q1")
        #expect(try parse("last-quarter", today: utc("2026-03-31T23:59:59Z")).label == "2025-Q4")
        #expect(try parse("last-quarter", today: utc("2026-02-10T00:00:00Z")).range == months("2025-10", "2025-12"))
        #expect(try parse("last-quarter", today: utc("2026-12-31T00:00:00Z")).label == "2026-Q3")
    }

    @Test func lastYearIsTheLastCompleteFiscalYear() throws {
        let aprilStart = try parse("last-year", fiscalYearStart: 4, today: utc("2026-05-20T00:00:00Z"))
        #expect(aprilStart.label == "FY2026")
        #expect(aprilStart.range == months("2025-04", "2026-03"))
        #expect(try parse("last-year", fiscalYearStart: 4, today: utc("2026-03-31T00:00:00Z")).label == "FY2025")
        let januaryStart = try parse("last-year", fiscalYearStart: 1, today: utc("2026-01-01T00:00:00Z"))
        #expect(januaryStart.label == "2025")
        #expect(januaryStart.range == months("2025-01", "2025-12"))
    }

    @Test(arguments: [
        "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-Q", "FY", "FY26", "yesterday", "", "   ", "2026-1", "26",
        "last-week", "Q1-2026", "2026-04-01",
    ])
    func invalidInputsThrowAMessageListingTheAcceptedForms(text: String) {
        do {
            let period = try parse(text)
            Issue.record("\"\(text)\" parsed as \(period)")
        } catch let error as PeriodError {
            let message = error.description
            #expect(message.contains("invalid period \"\(text)\""))
            for form in ["2026-10", "2026-Q4", "FY2026", "2026 ", "last-month", "last-quarter", "last-year"] {
                #expect(message.contains(form), "message lacks \(form): \(message)")
            }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func reasonsNameTheProblem() {
        func reason(_ text: String) -> String? {
            do {
                _ = try parse(text)
                return nil
            } catch let error as PeriodError { return error.reason } catch { return nil }
        }
        #expect(reason("2026-13") == "month 13 is not 01 to 12")
        #expect(reason("2026-Q5") == "quarter Q5 is not Q1 to Q4")
        #expect(reason("FY") == "a fiscal year is FY and four digits")
        #expect(reason("") == "the period is empty")
        #expect(reason("yesterday") == "not a recognised period")
    }

    @Test func invalidFiscalYearStartIsAnError() {
        #expect(throws: PeriodError.self) { try parse("2026", fiscalYearStart: 13) }
        #expect(throws: PeriodError.self) { try parse("2026-10", fiscalYearStart: 0) }
    }
}
