import ScorecardStats

/// The time unit of an RFM summary: days, weeks (7 days) or months (30.4375 days).
///
/// A month is the mean Gregorian month, 365.25 / 12 = 30.4375 days, the same length
/// ``ScorecardStats/TimeUnit`` uses to turn CLV horizons into model time.
///
/// ```swift
/// RFMTimeUnit.week.days        // 7
/// RFMTimeUnit.week.timeUnit    // TimeUnit.weeks (4.348 weeks per month)
/// ```
public enum RFMTimeUnit: String, Sendable, CaseIterable {
    case day, week, month

    /// The length of one unit in days.
    public var days: Double {
        switch self {
        case .day: 1
        case .week: 7
        case .month: 365.25 / 12
        }
    }

    /// The matching ``ScorecardStats/TimeUnit`` for CLV horizons.
    public var timeUnit: TimeUnit {
        switch self {
        case .day: .days
        case .week: .weeks
        case .month: .months
        }
    }
}
