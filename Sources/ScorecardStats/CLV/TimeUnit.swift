/// How many of a model's time units make one month, for converting CLV horizons.
///
/// The purchase models predict in the unit their data used (days, weeks, ...); CLV horizons and
/// discount rates are monthly. Presets use the mean Gregorian month of 365.25/12 = 30.4375 days,
/// so one month is 4.348 weeks. (`lifetimes` uses 30 days and 4.345 weeks; pass
/// `TimeUnit(unitsPerMonth: 4.345)` to reproduce its figures.)
///
/// ```swift
/// TimeUnit.weeks.unitsPerMonth      // 4.348214...
/// TimeUnit(unitsPerMonth: 30)       // "days" as lifetimes counts them
/// ```
public struct TimeUnit: Hashable, Sendable {
    /// Model time units per month (> 0).
    public var unitsPerMonth: Double

    /// A unit of which `unitsPerMonth` make one month; stops the program when it is not positive.
    public init(unitsPerMonth: Double) {
        precondition(unitsPerMonth > 0, "unitsPerMonth must be positive")
        self.unitsPerMonth = unitsPerMonth
    }

    /// Days: 30.4375 per month.
    public static let days = TimeUnit(unitsPerMonth: 365.25 / 12)
    /// Weeks: about 4.348 per month.
    public static let weeks = TimeUnit(unitsPerMonth: 365.25 / 12 / 7)
    /// Months.
    public static let months = TimeUnit(unitsPerMonth: 1)
}
