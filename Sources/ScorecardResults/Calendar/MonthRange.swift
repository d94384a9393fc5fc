/// An inclusive range of whole months, `first` through `last`, used as a query window.
///
/// Encodes in JSON as `{"first": "2026-04", "last": "2026-06"}` and prints as `2026-04..2026-06`.
/// For example:
///
/// ```swift
/// let q2 = MonthRange(first: Month(year: 2026, month: 4), last: Month(year: 2026, month: 6))
/// q2.count                                        // 3
/// q2.shifted(byMonths: -12)                       // 2025-04..2025-06
/// q2.contains(Month(year: 2026, month: 5))        // true
/// ```
public struct MonthRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first month in the range.
    public let first: Month
    /// The last month in the range (inclusive).
    public let last: Month

    /// Creates a range; `first` must not be after `last`.
    public init(first: Month, last: Month) {
        precondition(first <= last, "a month range must not end before it starts: \(first)..\(last)")
        self.first = first
        self.last = last
    }

    /// A range of the single month `month`.
    ///
    /// ```swift
    /// MonthRange(Month(year: 2026, month: 4)).count   // 1
    /// ```
    public init(_ month: Month) {
        self.init(first: month, last: month)
    }

    /// Every month in the range, oldest first.
    public var months: [Month] {
        (0..<count).map { first.advanced(by: $0) }
    }

    /// The number of months in the range (at least 1).
    public var count: Int { first.distance(to: last) + 1 }

    /// The same number of months, `n` months later (earlier when negative).
    public func shifted(byMonths n: Int) -> MonthRange {
        MonthRange(first: first.advanced(by: n), last: last.advanced(by: n))
    }

    /// Whether `month` lies in the range, both ends included.
    public func contains(_ month: Month) -> Bool {
        first <= month && month <= last
    }

    /// `first..last`, e.g. `2026-04..2026-06`.
    public var description: String { "\(first)..\(last)" }

    private enum CodingKeys: String, CodingKey { case first, last }

    /// Decodes `{"first": "YYYY-MM", "last": "YYYY-MM"}`, rejecting a range that ends before it starts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(Month.self, forKey: .first)
        let last = try container.decode(Month.self, forKey: .last)
        guard first <= last else {
            throw DecodingError.dataCorruptedError(
                forKey: .last, in: container, debugDescription: "month range ends (\(last)) before it starts (\(first))"
            )
        }
        self.init(first: first, last: last)
    }
}
