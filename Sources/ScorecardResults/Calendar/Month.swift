import Foundation
import ScorecardModel

/// A calendar month of the proleptic Gregorian calendar.
///
/// Months order chronologically, step across year boundaries and print as `YYYY-MM`;
/// they encode as that string in JSON. For example:
///
/// ```swift
/// let january = Month(year: 2026, month: 1)
/// january.advanced(by: -1)                  // 2025-12
/// Month(year: 2024, month: 2).daysInMonth   // 29
/// Month(parsing: "2026-04")                 // 2026-04
/// ```
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The calendar year, e.g. 2026.
    public let year: Int
    /// The month of the year, 1 (January) to 12 (December).
    public let month: Int

    /// Creates a month; `month` must be in 1...12.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month must be 1...12, got \(month)")
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM` (four digits, a hyphen, two digits, month 01 to 12), else nil.
    ///
    /// ```swift
    /// Month(parsing: "2026-04")   // 2026-04
    /// Month(parsing: "2026-4")    // nil
    /// ```
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = Self.decimal(bytes[0..<4]), let month = Self.decimal(bytes[5..<7]),
            (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month `months` months later (earlier when negative).
    ///
    /// ```swift
    /// Month(year: 2026, month: 1).advanced(by: -25)   // 2023-12
    /// ```
    public func advanced(by months: Int) -> Month {
        Month(index: index + months)
    }

    /// The number of months from `self` to `other` (negative when `other` is earlier).
    ///
    /// ```swift
    /// Month(year: 2025, month: 11).distance(to: Month(year: 2026, month: 2))   // 3
    /// ```
    public func distance(to other: Month) -> Int {
        other.index - index
    }

    /// The number of days in the month; February has 29 in leap years (2024, 2000) and 28 otherwise (1900).
    public var daysInMonth: Int {
        switch month {
        case 2: return CivilDays.isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The calendar quarter, 1 (January to March) to 4 (October to December).
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The first month of the calendar quarter containing this month, e.g. 2026-05 gives 2026-04.
    public var firstMonthOfQuarter: Month { Month(year: year, month: (quarter - 1) * 3 + 1) }

    /// `YYYY-MM`, e.g. `2026-04`; the year has at least four digits.
    public var description: String {
        let sign = year < 0 ? "-" : ""
        return sign + Self.padded(abs(year), to: 4) + "-" + Self.padded(month, to: 2)
    }

    /// The month containing `date`, in UTC.
    ///
    /// ```swift
    /// Month.containing(Date(timeIntervalSince1970: 1_709_251_199))   // 2024-02 (2024-02-29T23:59:59Z)
    /// ```
    public static func containing(_ date: Date) -> Month {
        let days = (date.timeIntervalSince1970 / 86_400).rounded(.down)
        let civil = CivilDays.civil(days: Int(days))
        return Month(year: civil.year, month: civil.month)
    }

    /// Chronological order.
    public static func < (lhs: Month, rhs: Month) -> Bool {
        lhs.index < rhs.index
    }

    /// Decodes from a `YYYY-MM` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let month = Month(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a month as YYYY-MM, got \"\(text)\"")
        }
        self = month
    }

    /// Encodes as a `YYYY-MM` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The day number (1970-01-01 = 0) of the first day of the month.
    var firstDayNumber: Int { CivilDays.days(year: year, month: month, day: 1) }

    /// Months since January of year 0; consecutive months have consecutive indices.
    public var index: Int { year * 12 + (month - 1) }

    private init(index: Int) {
        self.init(year: CivilDays.floorDivide(index, 12), month: CivilDays.floorModulo(index, 12) + 1)
    }

    private static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
