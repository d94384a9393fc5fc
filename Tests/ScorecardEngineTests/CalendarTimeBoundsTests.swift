import Foundation
import Testing

@testable import ScorecardEngine
@testable import ScorecardResults
@testable import ScorecardSQL

/// The bounds the queries use for a month range, in each time-column format: the first instant
/// (00:00:00 UTC) of the range's first month and of the month after its last.
@Suite struct CalendarTimeBoundsTests {
    /// The lower and upper bound values of a range, as bound to the queries.
    private func bounds(_ range: MonthRange, _ format: SQLTimeFormat) -> (lower: SQLValue, upper: SQLValue) {
        let window = EvaluationWindows.queryWindow(id: 0, range: range)
        return (EpochDay.value(window.firstDay, format: format), EpochDay.value(window.endDay, format: format))
    }

    private func unix(_ range: MonthRange) -> (lower: Int64, upper: Int64) {
        guard case (.integer(let lower), .integer(let upper)) = bounds(range, .unix) else { return (.min, .min) }
        return (lower, upper)
    }

    private func iso(_ range: MonthRange) -> (lower: String, upper: String) {
        guard case (.text(let lower), .text(let upper)) = bounds(range, .iso) else { return ("", "") }
        return (lower, upper)
    }

    private func julian(_ range: MonthRange) -> (lower: Double, upper: Double) {
        guard case (.real(let lower), .real(let upper)) = bounds(range, .julian) else { return (.nan, .nan) }
        return (lower, upper)
    }

    @Test func isoBoundsAreFirstDaysOfTheMonthAndTheMonthAfter() {
        #expect(iso(months("2026-10", "2026-10")) == ("2026-10-01", "2026-11-01"))
        #expect(iso(months("2025-04", "2026-03")) == ("2025-04-01", "2026-04-01"))
        #expect(iso(months("2026-12", "2026-12")) == ("2026-12-01", "2027-01-01"))
    }

    @Test func unixBoundsMatchHardFacts() {
        #expect(unix(months("1970-01", "1970-01")) == (0, 2_678_400))
        #expect(unix(months("2024-02", "2024-02")).upper == 1_709_251_200)  // 2024-03-01T00:00:00Z
        #expect(unix(months("2000-01", "2000-01")).lower == 946_684_800)
        #expect(unix(months("1969-12", "1969-12")).lower == -2_678_400)
    }

    @Test func unixBoundsAgreeWithFoundationForManyMonths() {
        for first in MonthRange(first: month("1899-01"), last: month("2101-12")).months {
            let range = MonthRange(first: first, last: first.advanced(by: 2))
            let (lower, upper) = unix(range)
            let text = iso(range)
            guard isoText(Date(timeIntervalSince1970: TimeInterval(lower))) == text.lower + "T00:00:00Z",
                isoText(Date(timeIntervalSince1970: TimeInterval(upper))) == text.upper + "T00:00:00Z"
            else {
                Issue.record("unix bounds of \(range) disagree with Foundation: \(lower), \(upper)")
                return
            }
        }
    }

    @Test func julianBounds() {
        #expect(julian(months("2000-01", "2000-01")).lower == 2_451_544.5)
        #expect(julian(months("1970-01", "1970-01")).lower == 2_440_587.5)
        for range in [months("2026-10", "2026-10"), months("2025-04", "2026-03"), months("1900-02", "1900-03")] {
            #expect(julian(range).lower == Double(unix(range).lower) / 86_400 + 2_440_587.5)
            #expect(julian(range).upper == Double(unix(range).upper) / 86_400 + 2_440_587.5)
        }
    }

    @Test func leapDayInstantFallsInsideFebruaryInEveryFormat() {
        let february = months("2024-02", "2024-02")
        let instant = utc("2024-02-29T23:59:59Z")
        let seconds = Int64(instant.timeIntervalSince1970)
        #expect(seconds == 1_709_251_199)
        #expect(unix(february).lower <= seconds && seconds < unix(february).upper)
        let julianDay = instant.timeIntervalSince1970 / 86_400 + 2_440_587.5
        #expect(julian(february).lower <= julianDay && julianDay < julian(february).upper)
        let text = iso(february)
        for value in ["2024-02-29", "2024-02-29 23:59:59", "2024-02-29T23:59:59Z"] {
            #expect(text.lower <= value && value < text.upper, "\(value) not in \(text)")
        }
        #expect(!("2024-03-01" < text.upper))
        #expect(!(unix(months("2024-03", "2024-03")).lower <= seconds))
    }

    @Test func februaryHas28DaysExceptInLeapYears() {
        let february1900 = unix(months("1900-02", "1900-02"))
        let february2000 = unix(months("2000-02", "2000-02"))
        #expect(february1900.upper - february1900.lower == 28 * 86_400)
        #expect(february2000.upper - february2000.lower == 29 * 86_400)
    }
}
