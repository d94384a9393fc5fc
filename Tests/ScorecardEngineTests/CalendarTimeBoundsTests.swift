import Foundation
import Testing
@testable import ScorecardEngine

@Suite struct CalendarTimeBoundsTests {
    @Test func isoBoundsAreFirstDaysOfTheMonthAndTheMonthAfter() {
        #expect(TimeBounds.iso(months("2026-10", "2026-10")) == ("2026-10-01", "2026-11-01"))
        #expect(TimeBounds.iso(months("2025-04", "2026-03")) == ("2025-04-01", "2026-04-01"))
        #expect(TimeBounds.iso(months("2026-12", "2026-12")) == ("2026-12-01", "2027-01-01"))
    }

    @Test func unixBoundsMatchHardFacts() {
        #expect(TimeBounds.unix(months("1970-01", "1970-01")) == (0, 2_678_400))
        #expect(TimeBounds.unix(months("2024-02", "2024-02")).upper == 1_709_251_200)   // 2024-03-01T00:00:00Z
        #expect(TimeBounds.unix(months("2000-01", "2000-01")).lower == 946_684_800)
        #expect(TimeBounds.unix(months("1969-12", "1969-12")).lower == -2_678_400)
    }

    @Test func unixBoundsAgreeWithFoundationForManyMonths() {
        for first in MonthRange(first: month("1899-01"), last: month("2101-12")).months {
            let range = MonthRange(first: first, last: first.advanced(by: 2))
            let (lower, upper) = TimeBounds.unix(range)
            let iso = TimeBounds.iso(range)
            guard isoText(Date(timeIntervalSince1970: TimeInterval(lower))) == iso.lower + "T00:00:00Z",
                  isoText(Date(timeIntervalSince1970: TimeInterval(upper))) == iso.upper + "T00:00:00Z" else {
                Issue.record("unix bounds of \(range) disagree with Foundation: \(lower), \(upper)")
                return
            }
        }
    }

    @Test func julianBounds() {
        #expect(TimeBounds.julian(months("2000-01", "2000-01")).lower == 2_451_544.5)
        #expect(TimeBounds.julian(months("1970-01", "1970-01")).lower == 2_440_587.5)
        for range in [months("2026-10", "2026-10"), months("2025-04", "2026-03"), months("1900-02", "1900-03")] {
            let unix = TimeBounds.unix(range)
            let julian = TimeBounds.julian(range)
            #expect(julian.lower == Double(unix.lower) / 86_400 + 2_440_587.5)
            #expect(julian.upper == Double(unix.upper) / 86_400 + 2_440_587.5)
        }
    }

    @Test func leapDayInstantFallsInsideFebruaryInEveryFormat() {
        let february = months("2024-02", "2024-02")
        let instant = utc("2024-02-29T23:59:59Z")
        let seconds = Int64(instant.timeIntervalSince1970)
        #expect(seconds == 1_709_251_199)

        let unix = TimeBounds.unix(february)
        #expect(unix.lower <= seconds && seconds < unix.upper)

        let julian = TimeBounds.julian(february)
        let julianDay = instant.timeIntervalSince1970 / 86_400 + 2_440_587.5
        #expect(julian.lower <= julianDay && julianDay < julian.upper)

        let iso = TimeBounds.iso(february)
        for text in ["2024-02-29", "2024-02-29 23:59:59", "2024-02-29T23:59:59Z"] {
            #expect(iso.lower <= text && text < iso.upper, "\(text) not in \(iso)")
        }
        #expect(!("2024-03-01" < iso.upper))
        #expect(!(TimeBounds.unix(months("2024-03", "2024-03")).lower <= seconds))
    }

    @Test func nonLeapFebruaryEndsOnThe28th() {
        let february = months("1900-02", "1900-02")
        let (lower, upper) = TimeBounds.unix(february)
        #expect(upper - lower == 28 * 86_400)
        #expect(TimeBounds.unix(months("2000-02", "2000-02")).upper - TimeBounds.unix(months("2000-02", "2000-02")).lower == 29 * 86_400)
    }
}
