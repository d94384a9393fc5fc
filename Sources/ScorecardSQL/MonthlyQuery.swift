/// A query of per-month components (`month, c1, c2, …`) for measures that add up across months.
///
/// Sums and counts add up; an average is a sum over a count; NPS is promoters, detractors and
/// answers; min and max combine by min and max. So a source's decomposable measures are computed
/// in one scan grouped by month, and every window (a quarter, YTD, TTM) is combined from months.
public struct MonthlyQuery: Sendable {
    public let title: String
    public let select: SQLSelect
    public let measures: [MonthlyMeasure]
}

/// How one measure is read from a monthly query's component columns.
public struct MonthlyMeasure: Sendable, Equatable {
    /// How the components of the months in a window combine into the value.
    public enum Combination: Sendable, Equatable {
        case sum(Int)
        /// Σ numerator / Σ denominator (averages, shares).
        case ratio(Int, Int)
        case minimum(Int)
        case maximum(Int)
        /// 100 × (Σ promoters − Σ detractors) / Σ answered.
        case netPromoter(promoters: Int, detractors: Int, answered: Int)
    }

    public let name: String
    public let combination: Combination
    /// The value is the combination divided by this (100 for money summed in cents).
    public let divisor: Double
}
