import Foundation

/// A calendar month such as 2025-11, the unit of the demo's time range.
///
/// ```swift
/// let end = try DemoMonth(parsing: "2025-12")
/// end.advanced(by: -12).description   // "2024-12"
/// ```
public struct DemoMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1...12.
    public let month: Int

    /// The month `year`-`month`; `month` must be in 1...12.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range")
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (four-digit year, two-digit month); nil when malformed.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The last complete month before `date`, in UTC (the month before the one containing it).
    public static func lastCompleteMonth(before date: Date) -> DemoMonth {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let month = DemoMonth(
            year: calendar.component(.year, from: date), month: calendar.component(.month, from: date))
        return month.advanced(by: -1)
    }

    /// Months since year 0, for arithmetic.
    var ordinal: Int { year * 12 + month - 1 }

    /// The month `count` months later (earlier when negative).
    public func advanced(by count: Int) -> DemoMonth {
        let target = ordinal + count
        return DemoMonth(year: target.floorDiv(12), month: target.floorMod(12) + 1)
    }

    /// The number of months from `self` to `other`.
    func distance(to other: DemoMonth) -> Int { other.ordinal - ordinal }

    /// The number of days in the month.
    var dayCount: Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The calendar quarter, 1...4.
    var quarter: Int { (month - 1) / 3 + 1 }

    /// The first day as a day number (days since 1970-01-01).
    var firstDay: Int { CivilDate.dayNumber(year: year, month: month, day: 1) }

    /// The last day as a day number.
    var lastDay: Int { firstDay + dayCount - 1 }

    /// `YYYY-MM`.
    public var description: String { CivilDate.pad(year, 4) + "-" + CivilDate.pad(month, 2) }

    /// Calendar order: an earlier year first, then an earlier month.
    public static func < (lhs: DemoMonth, rhs: DemoMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}

extension Int {
    /// Division rounding towards negative infinity.
    func floorDiv(_ divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The non-negative remainder for a positive divisor.
    func floorMod(_ divisor: Int) -> Int { self - floorDiv(divisor) * divisor }
}
