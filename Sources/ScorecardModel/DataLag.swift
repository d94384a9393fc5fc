/// How far a source's data may lag the end of a reporting period and still cover it.
///
/// Written `lag 3 days` or `lag 1 month` in a source; without it a source must reach within
/// ``standard`` (7 days) of the period's last day. `lag 1 month` suits data booked once a month
/// (spend booked on the 1st): a row dated on or after the same day a month before the period's
/// last day covers the period.
public struct DataLag: Sendable, Equatable {
    /// The unit of a lag.
    public enum Unit: String, Sendable, CaseIterable {
        case days, months
    }

    /// The number of units, e.g. 3 in `lag 3 days`.
    public let count: Int
    /// Days or months.
    public let unit: Unit

    /// A lag of `count` units.
    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The lag of a source that declares none: a week.
    ///
    /// Data that stops mid-month or before the period is caught, while a quiet last few days of a
    /// month are not an alarm.
    public static let standard = DataLag(count: 7, unit: .days)

    /// `7 days`, `1 month`.
    public var description: String {
        "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)"
    }
}
