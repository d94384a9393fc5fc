import Foundation

@testable import ScorecardEngine

/// The month written `YYYY-MM`; the test fails loudly on a typo.
func month(_ text: String) -> Month {
    guard let month = Month(parsing: text) else { fatalError("bad month literal \(text)") }
    return month
}

/// The inclusive range `first...last`, both written `YYYY-MM`.
func months(_ first: String, _ last: String) -> MonthRange {
    MonthRange(first: month(first), last: month(last))
}

/// The instant written `YYYY-MM-DDTHH:MM:SSZ`, decoded by Foundation (an independent computation).
func utc(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else { fatalError("bad instant literal \(text)") }
    return date
}

/// The instant's text in ISO 8601 UTC, formatted by Foundation.
func isoText(_ date: Date) -> String {
    ISO8601DateFormatter().string(from: date)
}
