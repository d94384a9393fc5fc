/// The fiscal calendar: fiscal years start in a given month and are named by the year they end in.
///
/// ```swift
/// let fiscal = FiscalCalendar(startMonth: 4)                        // fiscal_year_start april
/// fiscal.fiscalYear(containing: Month(year: 2026, month: 3))        // 2025-04..2026-03 (FY2026)
/// fiscal.fiscalYear(containing: Month(year: 2026, month: 4))        // 2026-04..2027-03 (FY2027)
/// fiscal.yearToDate(through: Month(year: 2026, month: 5))           // 2026-04..2026-05
/// ```
public struct FiscalCalendar: Sendable, Hashable {
    /// The month each fiscal year starts in, 1 (January) to 12 (December).
    public let startMonth: Int

    /// Creates a fiscal calendar; `startMonth` must be in 1...12.
    public init(startMonth: Int) {
        precondition((1...12).contains(startMonth), "fiscal year start must be 1...12, got \(startMonth)")
        self.startMonth = startMonth
    }

    /// The calendar year: fiscal years start in January.
    public static let calendarYear = FiscalCalendar(startMonth: 1)

    /// The twelve months of the fiscal year that contains `month`.
    public func fiscalYear(containing month: Month) -> MonthRange {
        let startYear = month.month >= startMonth ? month.year : month.year - 1
        return twelveMonths(from: Month(year: startYear, month: startMonth))
    }

    /// The twelve months of the fiscal year that ends in calendar year `year` (FY`year`).
    ///
    /// ```swift
    /// FiscalCalendar(startMonth: 4).fiscalYear(endingIn: 2026)   // 2025-04..2026-03
    /// FiscalCalendar(startMonth: 1).fiscalYear(endingIn: 2026)   // 2026-01..2026-12
    /// ```
    public func fiscalYear(endingIn year: Int) -> MonthRange {
        fiscalYear(containing: Month(year: year, month: lastMonth))
    }

    /// The name of the fiscal year containing `month`: the calendar year in which it ends.
    public func fiscalYearNumber(containing month: Month) -> Int {
        fiscalYear(containing: month).last.year
    }

    /// The fiscal year to date: from the start of the fiscal year containing `month` through `month`.
    public func yearToDate(through month: Month) -> MonthRange {
        MonthRange(first: fiscalYear(containing: month).first, last: month)
    }

    /// The calendar month in which every fiscal year ends (the month before `startMonth`).
    private var lastMonth: Int { startMonth == 1 ? 12 : startMonth - 1 }

    private func twelveMonths(from start: Month) -> MonthRange {
        MonthRange(first: start, last: start.advanced(by: 11))
    }
}
