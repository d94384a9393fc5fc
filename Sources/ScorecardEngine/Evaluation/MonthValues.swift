import ScorecardSQL

/// The values of a percentile measure per month, from one value column of a row scan; the
/// exact percentile of any window is taken over the values of its months.
struct MonthValues {
    /// Each value's month index, in the order added.
    private var months: [Int] = []
    private var values: [Double] = []

    /// Adds one non-NULL value in a month (a month index).
    mutating func add(_ value: Double, month: Int) {
        months.append(month)
        values.append(value)
    }

    /// The percentile over a window of month indices, or nil when no month has a value.
    func percentile(_ fraction: Double, in window: ClosedRange<Int>) -> Double? {
        var selected: [Double] = []
        for (month, value) in zip(months, values) where window.contains(month) { selected.append(value) }
        return PercentileAccumulator.percentile(of: selected, fraction: fraction)
    }
}
