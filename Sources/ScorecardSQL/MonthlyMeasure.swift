/// How a measure that adds up across months is combined from per-month components.
///
/// Sums and counts add up; an average is a sum over a count; NPS is promoters, detractors and
/// answers; min and max combine by min and max. So every window (a quarter, YTD, TTM) is
/// combined from the months' components, each computed once per month.
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

    /// The measure's name in the metrics file.
    public let name: String
    /// Component positions are the row scan's column indices.
    public let combination: Combination
    /// The value is the combination divided by this (100 for money summed in cents).
    public let divisor: Double
}

/// The per-month aggregate of a component column, with SQL's semantics.
///
/// NULLs are skipped, SUM of integers is exact, SUM, MIN and MAX of no values are NULL and COUNT of
/// none is 0.
public enum MonthlyAggregate: Sendable, Equatable {
    /// The month's rows, `COUNT(*)`.
    case rows
    case sum
    case count
    case minimum
    case maximum
    /// The distinct non-NULL values, `COUNT(DISTINCT x)` of the key as text (``SourceScope/keyText(_:)``): only for a key that
    /// fixes the month (``SourceScope/keyFixesTime(_:)``), so that months add up. A row scan
    /// (``SourceAggregateQueries/monthlyScan``) is ordered by the key and counts its integer
    /// values as they change; other values leave it to the database's grouping.
    case distinct
}
