/// The length of a reporting period: a month, a calendar quarter or a (fiscal) year.
///
/// ```swift
/// Grain.quarter.months   // 3
/// Grain(rawValue: "year") // .year
/// ```
public enum Grain: String, Sendable, Codable, CaseIterable {
    case month, quarter, year

    /// The number of months in a period of this grain: 1, 3 or 12.
    public var months: Int {
        switch self {
        case .month: return 1
        case .quarter: return 3
        case .year: return 12
        }
    }
}
